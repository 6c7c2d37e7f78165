package io.bulwark.engine.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kyverno's {@code AnchorMap}: for every conditional, existence and negation anchor met during one
 * match, whether its key was ever present in a resource map it was checked against. Keyed by the
 * anchor's literal text, across the whole pattern, as Kyverno keys it. Not thread-safe; one per
 * match.
 *
 * <p>Only the question "was some anchor's key never present" is ever asked, and only when a match
 * fails, so every sighting is just noted in order and the answer is worked out then. Negation
 * anchors are tracked by Kyverno but never counted, so they are not even noted.
 */
final class AnchorMap {

  private final List<Tracked> present = new ArrayList<>();
  private final List<Tracked> absent = new ArrayList<>();

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
      if (t.anchor().type() != Anchor.Type.NEGATION) {
        (resource.get(t.anchor().key()) != null ? present : absent).add(t);
      }
    }
  }

  /**
   * Whether a tracked conditional or existence anchor never found its key. Negation anchors are
   * recorded but not counted: their key is supposed to be missing (Kyverno 1.11.1 and later).
   */
  boolean keysAreMissing() {
    if (absent.isEmpty()) {
      return false;
    }
    Set<String> found = new HashSet<>();
    present.forEach(t -> found.add(t.text()));
    for (Tracked t : absent) {
      if (!found.contains(t.text())) {
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
