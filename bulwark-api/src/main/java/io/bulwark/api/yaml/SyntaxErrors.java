package io.bulwark.api.yaml;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns a snakeyaml-engine failure into one {@link Problem} at the failure's line and column, with
 * a short message in the words libyaml (and so kubectl) uses where snakeyaml's differ: {@code did
 * not find expected key} instead of {@code expected <block end>, but found '?'}. No class name or
 * snippet reaches the message.
 */
final class SyntaxErrors {

  private SyntaxErrors() {}

  /** The problem for {@code failure} while parsing {@code chunk} of {@code file}. */
  static Problem toProblem(String file, DocumentSplitter.Chunk chunk, YamlEngineException failure) {
    SourceLocation location = new SourceLocation(file, chunk.firstLine() + 1, 1);
    String message;
    if (failure instanceof MarkedYamlEngineException marked) {
      Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
      if (mark != null) {
        location =
            new SourceLocation(file, chunk.firstLine() + mark.getLine() + 1, mark.getColumn() + 1);
      }
      message = describe(marked.getProblem(), marked.getContext());
    } else if (failure instanceof ReaderException reader) {
      location = locateCodePoint(file, chunk, reader.getPosition());
      message =
          String.format(
              Locale.ROOT, "control character U+%04X is not allowed", reader.getCodePoint());
    } else {
      message = String.valueOf(failure.getMessage());
    }
    return Problem.error(location, FieldPath.root(), message);
  }

  /** The message for snakeyaml's {@code problem} raised {@code context} ("while parsing ..."). */
  static String describe(String problem, String context) {
    if (problem == null || problem.isBlank()) {
      return context == null ? "invalid YAML" : context;
    }
    if (problem.startsWith("found character '\\t(TAB)'")) {
      return "found a tab character that cannot start any token (indent with spaces)";
    }
    if (problem.startsWith("found undefined alias ")) {
      return "unknown anchor '"
          + problem.substring("found undefined alias ".length())
          + "' referenced";
    }
    if (problem.startsWith("expected <block end>, but found")) {
      return context != null && context.contains("block mapping")
          ? "did not find expected key"
          : "did not find expected '-' indicator";
    }
    int but = problem.indexOf(", but ");
    if (problem.startsWith("expected ") && but > 0) {
      return "did not find expected "
          + problem.substring("expected ".length(), but).replace("'<", "<").replace(">'", ">");
    }
    int indentationHint = problem.indexOf(". (Do not use ");
    String message = indentationHint > 0 ? problem.substring(0, indentationHint) : problem;
    return message.replace("end of stream", "end of file").replace("<stream end>", "end of file");
  }

  private static SourceLocation locateCodePoint(
      String file, DocumentSplitter.Chunk chunk, int codePoint) {
    String text = chunk.text();
    int line = chunk.firstLine() + 1;
    int column = 1;
    int seen = 0;
    for (int i = 0;
        i < text.length() && seen < codePoint;
        i += Character.charCount(text.codePointAt(i))) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      seen++;
    }
    return new SourceLocation(file, line, column);
  }
}
