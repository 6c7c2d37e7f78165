package io.bulwark.engine.mutate.patch;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Equality of JSON values as their text compares, which is what patches care about: an int and a
 * long holding 3 are the same value (Jackson's own {@code equals} says they differ), while the
 * integer 1 and the float 1.0 are not (they are written differently, and a Kubernetes integer field
 * rejects {@code 1.0}). Object members compare regardless of order.
 */
final class JsonValues {

  private JsonValues() {}

  static boolean equal(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a.isNumber() && b.isNumber()) {
      return equalNumbers(a, b);
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    if (a.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> member : a.properties()) {
        JsonNode other = b.get(member.getKey());
        if (other == null || !equal(member.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A hash consistent with {@link #equal}. */
  static int hash(JsonNode node) {
    if (node.isNumber()) {
      if (node.isIntegralNumber()) {
        return node.canConvertToLong() ? Long.hashCode(node.longValue()) : node.bigIntegerValue().hashCode();
      }
      return Double.hashCode(node.doubleValue());
    }
    if (node.isObject()) {
      int hash = 1;
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        hash += member.getKey().hashCode() ^ hash(member.getValue());
      }
      return hash;
    }
    if (node.isArray()) {
      int hash = 7;
      for (JsonNode element : node) {
        hash = 31 * hash + hash(element);
      }
      return hash;
    }
    return node.hashCode();
  }

  /** {@code a string}, {@code an object}, ...: the JSON type of {@code node}, for messages. */
  static String typeName(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "object", "array" -> "an " + type;
      case "null", "missing" -> type;
      default -> "a " + type;
    };
  }

  private static boolean equalNumbers(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() != b.isIntegralNumber()) {
      return false;
    }
    if (a.isIntegralNumber()) {
      if (a.canConvertToLong() && b.canConvertToLong()) {
        return a.longValue() == b.longValue();
      }
      return a.bigIntegerValue().equals(b.bigIntegerValue());
    }
    if (a.isBigDecimal() && b.isBigDecimal()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
  }
}
