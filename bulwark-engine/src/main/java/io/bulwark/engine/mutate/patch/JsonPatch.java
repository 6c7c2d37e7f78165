package io.bulwark.engine.mutate.patch;

import io.bulwark.api.problem.InvalidInputException;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * RFC 6902 JSON Patch: parsing Kyverno's {@code patchesJson6902} text, applying it with Kyverno's
 * options, and the diff the webhook answers with. Stateless and thread-safe; no method changes its
 * arguments.
 *
 * <pre>{@code
 * ArrayNode ops = JsonPatch.parse("- op: add\n  path: /metadata/labels/team\n  value: core\n");
 * JsonNode patched = JsonPatch.apply(pod, ops);       // parents created as needed
 * ArrayNode answer = JsonPatch.diff(pod, patched);    // [{"op":"add","path":"/metadata/labels/team",...}]
 * }</pre>
 */
public final class JsonPatch {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final String SOURCE = "patchesJson6902";

  private JsonPatch() {}

  /**
   * The operations of a {@code patchesJson6902} string, read as Kyverno reads it: text starting
   * with {@code [} is JSON, anything else YAML (go-yaml's YAML 1.1 scalars; only the first
   * document counts). Blank or comment-only text is no operations.
   *
   * @throws PatchException when the text does not parse, is not a list, or holds an operation that
   *     is not valid (unknown op, no path, add without value, ...); the message says which and where
   */
  public static ArrayNode parse(String text) {
    Objects.requireNonNull(text, "text");
    JsonNode tree = text.startsWith("[") ? readJson(text) : readYaml(text);
    if (!(tree instanceof ArrayNode operations)) {
      throw new PatchException(SOURCE + ": must be a list of operations, not " + JsonValues.typeName(tree));
    }
    PatchOperation.readAll(operations);
    return operations;
  }

  /**
   * The resource with the operations applied in order, with Kyverno's options: negative array
   * indices, {@code remove} of a missing path allowed, {@code add} creating missing parents (see
   * {@link PatchApplier} for the exact rules). All or nothing: {@code resource} is never changed.
   *
   * @throws PatchException naming the operation's index, op and path, e.g. {@code
   *     patchesJson6902[1]: replace /spec/x: path not found}
   */
  public static JsonNode apply(JsonNode resource, ArrayNode operations) {
    Objects.requireNonNull(resource, "resource");
    return PatchApplier.apply(resource, PatchOperation.readAll(operations));
  }

  /**
   * Operations that turn {@code from} into {@code to}: {@code add}, {@code remove} and {@code
   * replace} only, with RFC 6902 indices (no negative ones), so any conforming implementation,
   * the Kubernetes API server's included, applies them. Empty when the two are equal. Values are
   * copies, not shared with {@code to}.
   */
  public static ArrayNode diff(JsonNode from, JsonNode to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return JsonDiff.diff(from, to);
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (JacksonException invalid) {
      TokenStreamLocation at = invalid.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      String message = Objects.requireNonNullElse(invalid.getOriginalMessage(), "invalid JSON");
      throw new PatchException(SOURCE + where + ": not valid JSON: " + message.lines().findFirst().orElse(""));
    }
  }

  private static JsonNode readYaml(String text) {
    List<YamlDocument> documents;
    try {
      documents = KubeYaml.parse(SOURCE, text);
    } catch (InvalidInputException invalid) {
      throw new PatchException(invalid.getMessage());
    }
    // As go-yaml's Unmarshal, which Kyverno converts the text with, only the first document counts.
    return documents.isEmpty() ? JsonNodeFactory.instance.arrayNode() : documents.get(0).tree();
  }
}
