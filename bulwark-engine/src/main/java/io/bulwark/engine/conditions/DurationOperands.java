package io.bulwark.engine.conditions;

import io.bulwark.engine.pattern.GoKind;
import io.bulwark.engine.pattern.GoNumbers;
import io.bulwark.engine.value.GoDuration;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * A key and a value read as Go durations, by Kyverno's {@code parseDuration} (in {@code
 * operator.go}), which {@code Equals} and the numeric operators try first.
 *
 * <p>At least one side must be a duration string other than {@code "0"}; the other side is then a
 * duration string too or a number of seconds ({@code time.Duration(n) * time.Second}, truncating a
 * float and wrapping on overflow as Go does). Anything else reads as no durations at all.
 *
 * @param keyNanos the key in nanoseconds
 * @param valueNanos the value in nanoseconds
 */
record DurationOperands(long keyNanos, long valueNanos) {

  private static final long SECOND = 1_000_000_000L;

  static Optional<DurationOperands> of(JsonNode key, JsonNode value) {
    OptionalLong k = durationString(key);
    OptionalLong v = durationString(value);
    if (k.isEmpty() && v.isEmpty()) {
      return Optional.empty();
    }
    if (k.isEmpty()) {
      k = seconds(key);
    }
    if (v.isEmpty()) {
      v = seconds(value);
    }
    if (k.isEmpty() || v.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DurationOperands(k.getAsLong(), v.getAsLong()));
  }

  /** Go's {@code Duration.Seconds()} of the key. */
  double keySeconds() {
    return toSeconds(keyNanos);
  }

  /** Go's {@code Duration.Seconds()} of the value. */
  double valueSeconds() {
    return toSeconds(valueNanos);
  }

  /** Go's {@code Duration.Seconds()}: whole seconds plus the fraction, both as float64. */
  static double toSeconds(long nanos) {
    return (double) (nanos / SECOND) + (double) (nanos % SECOND) / 1e9;
  }

  /** Go's {@code time.Duration(n) * time.Second} for an int64 or float64 {@code n}. */
  static OptionalLong seconds(JsonNode node) {
    return switch (GoKind.of(node)) {
      case INT64 -> OptionalLong.of(node.longValue() * SECOND);
      case FLOAT64 -> OptionalLong.of(GoNumbers.toInt64(node.doubleValue()) * SECOND);
      default -> OptionalLong.empty();
    };
  }

  /** Go's {@code time.ParseDuration} of a string, which also accepts a bare {@code "0"}. */
  static OptionalLong parse(String text) {
    return GoDuration.parse(text).map(d -> OptionalLong.of(d.nanos())).orElse(OptionalLong.empty());
  }

  private static OptionalLong durationString(JsonNode node) {
    if (GoKind.of(node) != GoKind.STRING || node.stringValue().equals("0")) {
      return OptionalLong.empty();
    }
    return parse(node.stringValue());
  }
}
