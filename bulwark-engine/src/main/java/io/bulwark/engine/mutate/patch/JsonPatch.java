package io.bulwark.engine.mutate.patch;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * RFC 6902 JSON Patch: parsing Kyverno's {@code patchesJson6902} text, applying it with Kyverno's
 * options, and the diff the webhook answers with. Placeholder signatures; the implementation is
 * being written (issue 5).
 */
public final class JsonPatch {

  private JsonPatch() {}

  /** The operations of a {@code patchesJson6902} string (a YAML or JSON list of operations). */
  public static ArrayNode parse(String text) {
    throw new UnsupportedOperationException("patchesJson6902 is not implemented yet");
  }

  /**
   * The resource with the operations applied in order, with Kyverno's options: negative array
   * indices, {@code remove} of a missing path allowed, {@code add} creating missing parents.
   */
  public static JsonNode apply(JsonNode resource, ArrayNode operations) {
    throw new UnsupportedOperationException("patchesJson6902 is not implemented yet");
  }

  /** Operations that turn {@code from} into {@code to}. */
  public static ArrayNode diff(JsonNode from, JsonNode to) {
    throw new UnsupportedOperationException("JSON Patch diff is not implemented yet");
  }
}
