package io.bulwark.engine.jmespath;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.POJONode;

/**
 * JMESPath's view of JSON values: truthiness, equality, type names and number results. Shared by
 * the interpreter and by function implementations so that both agree on every rule.
 */
public final class JmesValues {

  private static final double TWO_TO_63 = 0x1p63;

  private JmesValues() {}

  /** False for {@code false}, null, {@code ""}, {@code []} and <code>{}</code>; true otherwise. */
  public static boolean isTruthy(JsonNode value) {
    return switch (value.getNodeType()) {
      case NULL, MISSING -> false;
      case BOOLEAN -> value.booleanValue();
      case STRING -> !value.stringValue().isEmpty();
      case ARRAY, OBJECT -> !value.isEmpty();
      default -> true;
    };
  }

  /**
   * Deep equality as JMESPath's {@code ==}: numbers compare by value ({@code 1 == 1.0}, as Go's
   * float64 does), objects ignore key order, arrays compare element by element.
   */
  public static boolean deepEquals(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a.isNumber() || b.isNumber()) {
      return a.isNumber() && b.isNumber() && a.doubleValue() == b.doubleValue();
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!deepEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode other = b.get(entry.getKey());
        if (other == null || !deepEquals(entry.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** The JMESPath type name: number, string, boolean, array, object, null or expref. */
  public static String typeOf(JsonNode value) {
    if (isExpressionReference(value)) {
      return "expref";
    }
    return switch (value.getNodeType()) {
      case NUMBER -> "number";
      case STRING, BINARY -> "string";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      default -> "null";
    };
  }

  /**
   * A number result: an {@link IntNode} or {@link LongNode} when the value is integral and exact,
   * else a {@link DoubleNode}. JMESPath numbers are doubles, but {@code {{ length(x) }}} must print
   * {@code 3}, not {@code 3.0}.
   */
  public static JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < TWO_TO_63) {
      long integral = (long) value;
      return number(integral);
    }
    return DoubleNode.valueOf(value);
  }

  /** An integer result, as an {@link IntNode} when it fits, else a {@link LongNode}. */
  public static JsonNode number(long value) {
    return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
  }

  /** Whether the value is an expression reference passed as a function argument. */
  public static boolean isExpressionReference(JsonNode value) {
    return value instanceof POJONode pojo && pojo.getPojo() instanceof ExpressionReference;
  }

  /** The expression reference a function received for an {@link ArgType#EXPREF} parameter. */
  public static ExpressionReference expressionReference(JsonNode argument) {
    if (argument instanceof POJONode pojo && pojo.getPojo() instanceof ExpressionReference ref) {
      return ref;
    }
    throw new IllegalArgumentException("not an expression reference: " + typeOf(argument));
  }

  static JsonNode wrap(ExpressionReference reference) {
    return new POJONode(reference);
  }

  /**
   * Orders strings as Go does: by UTF-8 bytes, which is code point order (Java's {@code
   * compareTo} orders UTF-16 units and disagrees above U+FFFF).
   */
  public static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
