package io.bulwark.engine.pattern;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a walk derives from one node of a policy's pattern, derived once for the whole pattern: for
 * a map, its {@link KeyOrder} (whose keys carry the shapes of their values); for a list, the shape
 * of each element. A walk that has the shape of its pattern looks nothing up and sorts nothing; one
 * without (a pattern made for one evaluation, or one whose metadata wildcards are expanded in
 * place) works the same things out as it goes. Immutable.
 *
 * @param order the key order of a map; null for any other node
 * @param elements the shapes of a list's elements; empty for any other node
 */
record Shape(KeyOrder order, List<Shape> elements) {

  private static final Shape LEAF = new Shape(null, List.of());

  static Shape of(JsonNode pattern) {
    if (pattern != null && pattern.isObject()) {
      return new Shape(KeyOrder.withShapes(pattern), List.of());
    }
    if (pattern != null && pattern.isArray()) {
      List<Shape> elements = new ArrayList<>(pattern.size());
      for (JsonNode element : pattern.values()) {
        elements.add(of(element));
      }
      return new Shape(null, List.copyOf(elements));
    }
    return LEAF;
  }

  /** The shape of element {@code index} of {@code shape}, or null when {@code shape} is. */
  static Shape element(Shape shape, int index) {
    return shape == null || index >= shape.elements.size() ? null : shape.elements.get(index);
  }
}
