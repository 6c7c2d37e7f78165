package io.bulwark.admission;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Numbers as Kyverno's webhook writes them. Kyverno holds objects as Go maps, where a computed
 * number (JMESPath arithmetic, say) is a float64, and Go's {@code encoding/json} writes a float64
 * with an integral value below 1e21 as an integer ({@code 2}, not {@code 2.0}); its patch is the
 * diff of two such serializations. Jackson keeps {@code 2.0}, which a Kubernetes integer field
 * rejects. Stateless.
 */
final class GoJsonNumbers {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final double GO_INTEGER_FORM_LIMIT = 1e21;

  private GoJsonNumbers() {}

  /** Whether {@code node} holds a floating-point number with an integral value Go would write as an integer. */
  static boolean hasIntegralFloats(JsonNode node) {
    if (node.isContainer()) {
      for (JsonNode child : node) {
        if (hasIntegralFloats(child)) {
          return true;
        }
      }
      return false;
    }
    return isIntegralFloat(node);
  }

  /** A copy of {@code node} with every such number an integer. */
  static JsonNode integralFloatsAsIntegers(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        copy.set(member.getKey(), integralFloatsAsIntegers(member.getValue()));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = NODES.arrayNode(array.size());
      for (JsonNode element : array) {
        copy.add(integralFloatsAsIntegers(element));
      }
      return copy;
    }
    if (isIntegralFloat(node)) {
      double value = node.doubleValue();
      return Math.abs(value) < 0x1p63 ? NODES.numberNode((long) value)
          : NODES.numberNode(BigDecimal.valueOf(value).toBigIntegerExact());
    }
    return node.deepCopy();
  }

  private static boolean isIntegralFloat(JsonNode node) {
    if (!node.isFloatingPointNumber()) {
      return false;
    }
    double value = node.doubleValue();
    return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < GO_INTEGER_FORM_LIMIT;
  }
}
