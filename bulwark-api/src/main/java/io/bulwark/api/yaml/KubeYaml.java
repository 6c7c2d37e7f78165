package io.bulwark.api.yaml;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.InvalidInputException;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads YAML streams and JSON texts into JSON trees the way kubectl and Kyverno do: go-yaml v2's
 * YAML 1.1 scalar rules as applied through sigs.k8s.io/yaml.
 *
 * <pre>{@code
 * List<YamlDocument> docs = KubeYaml.parse("policy.yaml", text);
 * JsonNode first = docs.get(0).tree();
 * }</pre>
 *
 * <p>What that means, in short:
 *
 * <ul>
 *   <li>Plain scalars: {@code y/yes/on/true} and {@code n/no/off/false} (go-yaml's spellings) are
 *       booleans; {@code ~}, {@code null} and nothing are null; ints take Go base prefixes ({@code
 *       0x1F}, {@code 012} octal, {@code 0b101}, {@code 0o12}) and {@code _} separators; floats
 *       include {@code 1e3} and {@code .inf}; timestamps stay strings. Quoted and block scalars are
 *       strings. Details in {@link PlainScalars}.
 *   <li>Map keys are resolved too, then printed as JSON keys: {@code on:} is {@code "true"}.
 *   <li>Anchors, aliases and {@code <<} merge keys work; duplicate keys are problems.
 *   <li>The stream is split on {@code ---} lines first, as Kyverno does, and documents holding only
 *       comments are skipped. Within a piece, only the first document counts; text after a {@code
 *       ...} end marker is ignored, as go-yaml's Unmarshal ignores it.
 *   <li>A document may be an object, a list or a scalar; callers decide what they accept.
 * </ul>
 *
 * <p>Where this deliberately differs from sigs.k8s.io/yaml's {@code YAMLToJSON}:
 *
 * <ul>
 *   <li>Duplicate keys are errors, as in the strict decoder Kyverno's CLI loads files with
 *       (kubectl-validate); plain {@code YAMLToJSON} keeps the last value.
 *   <li>Merge keys follow the YAML spec (written keys win over merged ones wherever {@code <<}
 *       stands); go-yaml v2 lets a later {@code <<} overwrite, and its strict mode rejects any
 *       override (go-yaml issue 410).
 *   <li>Values are go-yaml's typed values, not the JSON text re-parsed: {@code 1e3} stays the
 *       double 1000.0 and {@code .inf} the double infinity, where Go's {@code json.Marshal} would
 *       write {@code 1000} and fail on infinity. Numeric comparisons must not care.
 *   <li>The non-specific tag {@code ! 12} reads as plain (12, not "12"), and {@code !!timestamp}
 *       text is not checked.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class KubeYaml {

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          // Every scalar is resolved here, from its style, so snakeyaml need not guess types.
          .setSchema(new FailsafeSchema())
          .setAllowNonScalarKeys(true)
          // AliasBudget stops alias bombs with go-yaml's own limit, which is less strict.
          .setMaxAliasesForCollections(Integer.MAX_VALUE)
          .setCodePointLimit(Integer.MAX_VALUE)
          .setParseComments(false)
          .build();

  private KubeYaml() {}

  /**
   * Every non-empty document of {@code text}.
   *
   * @param file the label used in problems and documents, usually the path as the user gave it
   * @throws InvalidInputException with every problem found, when any document has one; one syntax
   *     error gives exactly one problem, at its line and column. No document is returned then, not
   *     even the good ones: use {@link #parseLenient} for those.
   */
  public static List<YamlDocument> parse(String file, String text) {
    return parseLenient(file, text).orThrow();
  }

  /**
   * The documents of {@code text} that convert cleanly, and the problems of the others. A syntax
   * error costs only the document it is in (documents are split on {@code ---} lines before
   * parsing). Never throws for bad input.
   */
  public static ParseResult parseLenient(String file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    var problems = new ArrayList<Problem>();
    var documents = new ArrayList<YamlDocument>();
    List<DocumentSplitter.Chunk> chunks =
        DocumentSplitter.split(file, withoutByteOrderMark(text), problems);
    for (int index = 0; index < chunks.size(); index++) {
      read(file, index, chunks.get(index), problems).ifPresent(documents::add);
    }
    problems.sort(Problem.ORDER);
    return new ParseResult(documents, problems);
  }

  private static Optional<YamlDocument> read(
      String file, int index, DocumentSplitter.Chunk chunk, List<Problem> problems) {
    int before = problems.size();
    try {
      var composer =
          new Composer(
              SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, chunk.text())));
      if (!composer.hasNext()) {
        return Optional.empty();
      }
      Node root = composer.next();
      var converted = new NodeConverter(file, chunk.firstLine(), problems).convertDocument(root);
      if (converted.isEmpty() || problems.size() > before) {
        return Optional.empty();
      }
      var positions = new SourceIndex(file, converted.get().source());
      return Optional.of(new YamlDocument(file, index, converted.get().tree(), positions));
    } catch (YamlEngineException syntax) {
      problems.add(SyntaxErrors.toProblem(file, chunk, syntax));
    } catch (StackOverflowError tooDeep) {
      // snakeyaml's composer recurses once per nesting level and has no depth limit of its own.
      problems.add(
          Problem.error(
              new SourceLocation(file, chunk.firstLine() + 1, 1),
              FieldPath.root(),
              "document is nested too deeply"));
    }
    return Optional.empty();
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
