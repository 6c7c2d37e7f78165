package io.bulwark.api.yaml;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stream into documents on {@code ---} lines before any YAML parsing, as Kyverno does
 * (apimachinery's {@code YAMLReader}, then {@code IsEmptyDocument}). Each document is then parsed
 * on its own, so a syntax error costs only its own document.
 *
 * <p>A separator is a line starting with {@code ---}; only spaces and a comment may follow it.
 * Anything else there ({@code --- {a: 1}}, {@code ----}) is a problem, as in apimachinery; unlike
 * apimachinery, splitting goes on after it so later documents are still checked.
 */
final class DocumentSplitter {

  /** A document's text and the 0-based line of the whole stream it starts on. */
  record Chunk(int firstLine, String text) {}

  private static final String SEPARATOR = "---";

  private DocumentSplitter() {}

  /** The non-empty documents of {@code text}; bad separator lines are added to {@code problems}. */
  static List<Chunk> split(String file, String text, List<Problem> problems) {
    var chunks = new ArrayList<Chunk>();
    int chunkStart = 0;
    int chunkLine = 0;
    int line = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline + 1;
      if (text.startsWith(SEPARATOR, lineStart)) {
        String rest = text.substring(lineStart + SEPARATOR.length(), lineEnd).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
          problems.add(
              Problem.error(
                  new SourceLocation(file, line + 1, 1),
                  FieldPath.root(),
                  "invalid document separator: only a comment may follow \"---\" on its line"));
        }
        addUnlessEmpty(chunks, chunkLine, text.substring(chunkStart, lineStart));
        chunkStart = lineEnd;
        chunkLine = line + 1;
      }
      lineStart = lineEnd;
      line++;
    }
    addUnlessEmpty(chunks, chunkLine, text.substring(chunkStart));
    return chunks;
  }

  private static void addUnlessEmpty(List<Chunk> chunks, int firstLine, String text) {
    if (!isEmpty(text)) {
      chunks.add(new Chunk(firstLine, text));
    }
  }

  /**
   * Kyverno's {@code IsEmptyDocument}: only blank lines, comments and {@code ---}/{@code ...}
   * markers.
   */
  static boolean isEmpty(String document) {
    return document
        .lines()
        .map(String::strip)
        .allMatch(line -> line.isEmpty() || line.startsWith("#") || isBareMarker(line));
  }

  private static boolean isBareMarker(String trimmed) {
    if (!trimmed.startsWith("---") && !trimmed.startsWith("...")) {
      return false;
    }
    String rest = trimmed.substring(3);
    if (rest.isEmpty()) {
      return true;
    }
    // "---#x" is content, not a marker with a comment: the comment needs whitespace before it.
    if (rest.charAt(0) != ' ' && rest.charAt(0) != '\t') {
      return false;
    }
    String after = rest.strip();
    return after.isEmpty() || after.startsWith("#");
  }
}
