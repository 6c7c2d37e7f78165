package io.bulwark.engine.pattern;

import io.bulwark.engine.value.GoText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The order in which Kyverno visits the keys of one pattern map.
 *
 * <p>First the anchors that guard the map (conditional, existence, equality, negation), sorted
 * byte-wise; conditional anchors therefore come first, since {@code (} sorts before {@code =},
 * {@code X} and {@code ^}. Then every other key: taken in sorted order, global anchors and keys
 * whose value holds an anchor anywhere below are pushed to the front, the rest appended. The
 * pushed keys thus end up in reverse sorted order ahead of the plain ones.
 *
 * <p>Kyverno has sorted both lists since release 1.8.1, so its order does not depend on Go's map
 * iteration; neither does this one, and the order of keys in the policy document never matters.
 *
 * <p>It also carries the anchors {@link AnchorMap} tracks for the map, which depend on its keys
 * alone, so that a policy's pattern map has everything the walk derives from it in one place.
 *
 * @param anchors the guarding anchors, in evaluation order
 * @param others the remaining keys, in evaluation order
 * @param tracked the conditional, existence and negation anchors among the keys (see AnchorMap)
 */
record KeyOrder(List<Key> anchors, List<Key> others, List<AnchorMap.Tracked> tracked) {

  /**
   * A key as written, with its anchor parsed ({@code anchor} is null for a plain key) and, in a
   * policy's pattern, the {@link Shape} of its value (else null).
   */
  record Key(String text, Anchor anchor, Shape value) {

    static Key of(String text) {
      return new Key(text, Anchor.parse(text).orElse(null), null);
    }

    private Key withShapeFrom(JsonNode pattern) {
      return new Key(text, anchor, Shape.of(pattern.get(text)));
    }

    boolean is(Anchor.Type type) {
      return anchor != null && anchor.type() == type;
    }
  }

  private static final Set<Anchor.Type> GUARDS =
      EnumSet.of(
          Anchor.Type.CONDITION,
          Anchor.Type.EXISTENCE,
          Anchor.Type.EQUALITY,
          Anchor.Type.NEGATION);

  private static final Set<Anchor.Type> NESTED =
      EnumSet.of(
          Anchor.Type.CONDITION,
          Anchor.Type.EXISTENCE,
          Anchor.Type.EQUALITY,
          Anchor.Type.NEGATION,
          Anchor.Type.GLOBAL);

  /** The order of a policy pattern's map, each key with the shape of its value (see Shape). */
  static KeyOrder withShapes(JsonNode pattern) {
    KeyOrder order = of(pattern);
    return new KeyOrder(order.anchors().stream().map(key -> key.withShapeFrom(pattern)).toList(),
        order.others().stream().map(key -> key.withShapeFrom(pattern)).toList(), order.tracked());
  }

  static KeyOrder of(JsonNode pattern) {
    List<String> anchors = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String key : pattern.propertyNames()) {
      if (hasType(key, GUARDS)) {
        anchors.add(key);
      } else {
        rest.add(key);
      }
    }
    anchors.sort(GoText.BYTE_ORDER);
    rest.sort(GoText.BYTE_ORDER);
    Deque<Key> others = new ArrayDeque<>();
    for (String key : rest) {
      if (Anchor.is(key, Anchor.Type.GLOBAL) || hasNestedAnchors(pattern.get(key))) {
        others.addFirst(Key.of(key));
      } else {
        others.addLast(Key.of(key));
      }
    }
    return new KeyOrder(anchors.stream().map(Key::of).toList(), List.copyOf(others), AnchorMap.tracked(pattern));
  }

  static boolean hasNestedAnchors(JsonNode pattern) {
    if (pattern.isObject()) {
      for (String key : pattern.propertyNames()) {
        if (hasType(key, NESTED)) {
          return true;
        }
      }
      for (JsonNode value : pattern.values()) {
        if (hasNestedAnchors(value)) {
          return true;
        }
      }
      return false;
    }
    if (pattern.isArray()) {
      for (JsonNode value : pattern.values()) {
        if (hasNestedAnchors(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasType(String key, Set<Anchor.Type> types) {
    Optional<Anchor> anchor = Anchor.parse(key);
    return anchor.isPresent() && types.contains(anchor.get().type());
  }
}
