package io.bulwark.engine.conditions;

import io.bulwark.engine.pattern.GoKind;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's deprecated {@code DurationOperatorHandler} ({@code duration.go}): {@code
 * DurationGreaterThan} and its kin. Both sides must be durations: a number counts as seconds
 * (floats truncated), a string must parse with Go's {@code time.ParseDuration}, where a bare {@code
 * "0"} is accepted. Durations compare in nanoseconds.
 */
final class DurationComparison {

  private DurationComparison() {}

  static boolean compare(JsonNode key, JsonNode value, Ordering ordering) {
    OptionalLong k = operand(key);
    if (k.isEmpty()) {
      return false;
    }
    OptionalLong v = operand(value);
    return v.isPresent() && ordering.holds(k.getAsLong(), v.getAsLong());
  }

  private static OptionalLong operand(JsonNode node) {
    return GoKind.of(node) == GoKind.STRING
        ? DurationOperands.parse(node.stringValue())
        : DurationOperands.seconds(node);
  }
}
