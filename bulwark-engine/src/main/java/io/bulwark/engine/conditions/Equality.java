package io.bulwark.engine.conditions;

import io.bulwark.engine.pattern.GoFormat;
import io.bulwark.engine.pattern.GoKind;
import io.bulwark.engine.pattern.GoNumbers;
import io.bulwark.engine.value.Quantity;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Kyverno's {@code EqualHandler} and {@code NotEqualHandler} ({@code equal.go}, {@code
 * notequal.go}).
 */
final class Equality {

  private Equality() {}

  static boolean equals(JsonNode key, JsonNode value) {
    return switch (GoKind.of(key)) {
      case BOOL -> GoKind.of(value) == GoKind.BOOL && key.booleanValue() == value.booleanValue();
      case INT64 -> equalsInteger(key.longValue(), value);
      case FLOAT64 -> equalsFloat(key.doubleValue(), value);
      case STRING -> equalsString(key.stringValue(), value);
      case MAP -> GoKind.of(value) == GoKind.MAP && deepEquals(key, value);
      case SLICE -> GoKind.of(value) == GoKind.SLICE && deepEquals(key, value);
      case NIL, OTHER -> false;
    };
  }

  /**
   * The negation of {@link #equals}, except for a null key: Kyverno's {@code NotEqualHandler}
   * answers false for a key type it does not handle, just as {@code EqualHandler} does.
   */
  static boolean notEquals(JsonNode key, JsonNode value) {
    GoKind kind = GoKind.of(key);
    return kind != GoKind.NIL && kind != GoKind.OTHER && !equals(key, value);
  }

  private static boolean equalsInteger(long key, JsonNode value) {
    return switch (GoKind.of(value)) {
      case INT64 -> value.longValue() == key;
      case FLOAT64 -> {
        double d = value.doubleValue();
        yield GoNumbers.isIntegral(d) && GoNumbers.toInt64(d) == key;
      }
      case STRING -> {
        OptionalLong parsed = GoNumbers.parseInt(value.stringValue());
        yield parsed.isPresent() && parsed.getAsLong() == key;
      }
      default -> false;
    };
  }

  private static boolean equalsFloat(double key, JsonNode value) {
    return switch (GoKind.of(value)) {
      case INT64 -> GoNumbers.isIntegral(key) && GoNumbers.toInt64(key) == value.longValue();
      case FLOAT64 -> value.doubleValue() == key;
      case STRING -> {
        OptionalDouble parsed = GoNumbers.parseFloat(value.stringValue());
        yield parsed.isPresent() && parsed.getAsDouble() == key;
      }
      default -> false;
    };
  }

  /**
   * Durations first (the only comparison across types), then quantities, then a wildcard match with
   * the value as the pattern. A quantity key stops at the quantity step when the value is a string
   * that is not a quantity, so {@code "5"} does not equal {@code "5*"}.
   */
  private static boolean equalsString(String key, JsonNode value) {
    Optional<DurationOperands> durations = DurationOperands.of(StringNode.valueOf(key), value);
    if (durations.isPresent()) {
      return durations.get().keySeconds() == durations.get().valueSeconds();
    }
    Optional<Quantity> keyQuantity = Quantity.parse(key);
    if (keyQuantity.isPresent()) {
      switch (GoKind.of(value)) {
        case STRING -> {
          return Quantity.parse(value.stringValue()).map(keyQuantity.get()::equals).orElse(false);
        }
        // Kyverno compares a quantity key with a number as quantities ("5" equals 5).
        case INT64, FLOAT64 -> {
          return Quantity.parse(GoFormat.value(value)).map(keyQuantity.get()::equals).orElse(false);
        }
        default -> {}
      }
    }
    return GoKind.of(value) == GoKind.STRING && Wildcard.match(value.stringValue(), key);
  }

  /**
   * Go's {@code reflect.DeepEqual} on decoded JSON: an {@code int64} never equals a {@code
   * float64}, so {@code [1]} and {@code [1.0]} differ.
   */
  static boolean deepEquals(JsonNode a, JsonNode b) {
    GoKind kind = GoKind.of(a);
    if (kind != GoKind.of(b)) {
      return false;
    }
    return switch (kind) {
      case NIL -> true;
      case BOOL -> a.booleanValue() == b.booleanValue();
      case INT64 -> a.longValue() == b.longValue();
      case FLOAT64 -> a.doubleValue() == b.doubleValue();
      case STRING -> a.stringValue().equals(b.stringValue());
      case SLICE -> sameElements(a, b);
      case MAP -> sameEntries(a, b);
      case OTHER -> a.equals(b);
    };
  }

  private static boolean sameElements(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<JsonNode> other = b.values().iterator();
    for (JsonNode element : a.values()) {
      if (!deepEquals(element, other.next())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameEntries(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : a.properties()) {
      JsonNode other = b.get(entry.getKey());
      if (other == null || !deepEquals(entry.getValue(), other)) {
        return false;
      }
    }
    return true;
  }
}
