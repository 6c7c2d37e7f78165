package io.bulwark.engine.jmespath.function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Result values. Kyverno's functions compute with Go's float64; results that are whole numbers
 * come back as integer nodes so that they print as {@code 3}, not {@code 3.0}.
 */
final class JsonValues {

  static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private static final double TWO_POW_63 = 0x1p63;

  private JsonValues() {}

  static JsonNode number(double value) {
    if (value == Math.rint(value) && value >= -TWO_POW_63 && value < TWO_POW_63) {
      long whole = (long) value;
      if (whole == (int) whole) {
        return FACTORY.numberNode((int) whole);
      }
      return FACTORY.numberNode(whole);
    }
    return FACTORY.numberNode(value);
  }

  static JsonNode text(String value) {
    return FACTORY.stringNode(value);
  }

  static JsonNode bool(boolean value) {
    return FACTORY.booleanNode(value);
  }

  /**
   * The tree Go's {@code json.Unmarshal} into {@code interface{}} would give: every number a
   * float64. Returns {@code node} itself when nothing changes.
   */
  static JsonNode withFloat64Numbers(JsonNode node) {
    if (node.isNumber()) {
      return number(node.doubleValue());
    }
    if (node.isArray()) {
      var array = FACTORY.arrayNode(node.size());
      for (JsonNode item : node) {
        array.add(withFloat64Numbers(item));
      }
      return array;
    }
    if (node.isObject()) {
      var object = FACTORY.objectNode();
      for (var entry : node.properties()) {
        object.set(entry.getKey(), withFloat64Numbers(entry.getValue()));
      }
      return object;
    }
    return node;
  }
}
