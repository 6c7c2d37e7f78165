package io.bulwark.engine.conditions;

import io.bulwark.engine.value.Semver;
import io.bulwark.engine.pattern.GoKind;
import io.bulwark.engine.pattern.GoNumbers;
import io.bulwark.engine.value.Quantity;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.LongNode;

/**
 * Kyverno's {@code NumericOperatorHandler} ({@code numeric.go}): {@code GreaterThan}, {@code
 * GreaterThanOrEquals}, {@code LessThan} and {@code LessThanOrEquals}.
 *
 * <p>Numbers compare as float64. A string key is tried, in order, as a Go duration (against a
 * duration string or a number of seconds), as a quantity (against a quantity string), as a float,
 * as an integer, and last as a semantic version (against a version string). So {@code "1.5.5"} is
 * greater than {@code "1.5.0"}, but {@code "1.20.3"} and {@code "1.19"} are not comparable: {@code
 * "1.19"} is no full version, and {@code "1.20.3"} is no number.
 */
final class NumericComparison {

  private NumericComparison() {}

  static boolean compare(JsonNode key, JsonNode value, Ordering ordering) {
    return switch (GoKind.of(key)) {
      case INT64, FLOAT64 -> againstNumber(key, value, ordering);
      case STRING -> stringKey(key, value, ordering);
      default -> false;
    };
  }

  /**
   * {@code validateValueWithIntPattern} and {@code validateValueWithFloatPattern}: {@code
   * keyNumber} is an int64 or a float64, which as a duration counts seconds.
   */
  private static boolean againstNumber(JsonNode keyNumber, JsonNode value, Ordering ordering) {
    double key =
        GoKind.of(keyNumber) == GoKind.INT64
            ? (double) keyNumber.longValue()
            : keyNumber.doubleValue();
    return switch (GoKind.of(value)) {
      case INT64 -> ordering.holds(key, (double) value.longValue());
      case FLOAT64 -> ordering.holds(key, value.doubleValue());
      case STRING -> {
        Optional<DurationOperands> durations = DurationOperands.of(keyNumber, value);
        if (durations.isPresent()) {
          yield ordering.holds(durations.get().keySeconds(), durations.get().valueSeconds());
        }
        OptionalDouble asFloat = GoNumbers.parseFloat(value.stringValue());
        if (asFloat.isPresent()) {
          yield ordering.holds(key, asFloat.getAsDouble());
        }
        OptionalLong asInt = GoNumbers.parseInt(value.stringValue());
        yield asInt.isPresent() && ordering.holds(key, (double) asInt.getAsLong());
      }
      default -> false;
    };
  }

  private static boolean stringKey(JsonNode keyNode, JsonNode value, Ordering ordering) {
    Optional<DurationOperands> durations = DurationOperands.of(keyNode, value);
    if (durations.isPresent()) {
      return ordering.holds(durations.get().keySeconds(), durations.get().valueSeconds());
    }
    String key = keyNode.stringValue();
    // Quantities come before numbers because a plain number is a quantity too ("1024" vs "1Ki").
    Optional<Quantity> keyQuantity = Quantity.parse(key);
    if (keyQuantity.isPresent() && GoKind.of(value) == GoKind.STRING) {
      Optional<Quantity> valueQuantity = Quantity.parse(value.stringValue());
      if (valueQuantity.isPresent()) {
        return ordering.holds(keyQuantity.get().compareTo(valueQuantity.get()));
      }
    }
    OptionalDouble asFloat = GoNumbers.parseFloat(key);
    if (asFloat.isPresent()) {
      return againstNumber(DoubleNode.valueOf(asFloat.getAsDouble()), value, ordering);
    }
    OptionalLong asInt = GoNumbers.parseInt(key);
    if (asInt.isPresent()) {
      return againstNumber(LongNode.valueOf(asInt.getAsLong()), value, ordering);
    }
    Optional<Semver.Version> version = Semver.tryParse(key);
    if (version.isPresent()) {
      return GoKind.of(value) == GoKind.STRING
          && Semver.tryParse(value.stringValue())
              .map(v -> ordering.holds(version.get().compareTo(v)))
              .orElse(false);
    }
    return false;
  }
}
