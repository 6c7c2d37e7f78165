package io.bulwark.engine.pattern;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kyverno's {@code AnchorMap}: for every conditional, existence and negation anchor met during one
 * match, whether its key was ever present in a resource map it was checked against. Keyed by the
 * anchor's literal text, across the whole pattern, as Kyverno keys it. Not thread-safe; one per
 * match.
 */
final class AnchorMap {

  private final Map<String, Boolean> seen = new HashMap<>();

  /** Records the tracked anchors of {@code pattern} against the keys of {@code resource}. */
  void record(ObjectNode pattern, ObjectNode resource) {
    for (String key : pattern.propertyNames()) {
      Anchor anchor = Anchor.parse(key).orElse(null);
      if (anchor == null || !isTracked(anchor.type())) {
        continue;
      }
      if (Boolean.TRUE.equals(seen.get(key))) {
        continue;
      }
      JsonNode value = resource.get(anchor.key());
      seen.put(key, value != null);
    }
  }

  /**
   * Whether a tracked conditional or existence anchor never found its key. Negation anchors are
   * recorded but not counted: their key is supposed to be missing (Kyverno 1.11.1 and later).
   */
  boolean keysAreMissing() {
    for (Map.Entry<String, Boolean> e : seen.entrySet()) {
      if (!e.getValue() && !Anchor.is(e.getKey(), Anchor.Type.NEGATION)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTracked(Anchor.Type type) {
    return type == Anchor.Type.CONDITION
        || type == Anchor.Type.EXISTENCE
        || type == Anchor.Type.NEGATION;
  }
}
