package io.bulwark.engine.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** A conditional, existence or negation anchor of a pattern map, with the key as written. */
  record Tracked(String text, Anchor anchor) {}

  /** The anchors of {@code pattern}'s own keys that {@link #record} looks at, in key order. */
  static List<Tracked> tracked(JsonNode pattern) {
    List<Tracked> tracked = new ArrayList<>();
    for (String key : pattern.propertyNames()) {
      Anchor anchor = Anchor.parse(key).orElse(null);
      if (anchor != null && isTracked(anchor.type())) {
        tracked.add(new Tracked(key, anchor));
      }
    }
    return List.copyOf(tracked);
  }

  /** Records the tracked anchors of a pattern map (see {@link #tracked}) against the keys of {@code resource}. */
  void record(List<Tracked> tracked, ObjectNode resource) {
    for (int i = 0; i < tracked.size(); i++) {
      Tracked t = tracked.get(i);
      if (Boolean.TRUE.equals(seen.get(t.text()))) {
        continue;
      }
      seen.put(t.text(), resource.get(t.anchor().key()) != null);
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
