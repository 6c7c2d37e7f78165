package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kyverno's {@code parseDuration}, as {@code operator_test.go} checks it. */
class DurationOperandsTest {

  private static final long SECOND = 1_000_000_000L;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;

  static Stream<Arguments> durations() {
    return Stream.of(
        Arguments.of("'2h'", "'1h'", 2 * HOUR, HOUR),
        Arguments.of("'90m'", "'1h30m'", 90 * MINUTE, 90 * MINUTE),
        Arguments.of("'30s'", "'45s'", 30 * SECOND, 45 * SECOND),
        Arguments.of("'0s'", "'1h'", 0L, HOUR),
        Arguments.of("'2m'", "60", 2 * MINUTE, 60 * SECOND),
        Arguments.of("'1h'", "120", HOUR, 120 * SECOND),
        Arguments.of("'30s'", "10.0", 30 * SECOND, 10 * SECOND),
        Arguments.of("120", "'2m'", 120 * SECOND, 2 * MINUTE),
        Arguments.of("3600", "'30m'", 3600 * SECOND, 30 * MINUTE),
        Arguments.of("60.0", "'1m'", 60 * SECOND, MINUTE),
        // a float number of seconds is truncated
        Arguments.of("1.9", "'1m'", SECOND, MINUTE));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("durations")
  void readsBothSidesAsDurations(String key, String value, long keyNanos, long valueNanos) {
    assertThat(DurationOperands.of(json(key), json(value)))
        .contains(new DurationOperands(keyNanos, valueNanos));
  }

  static Stream<Arguments> notDurations() {
    return Stream.of(
        // neither value is a duration
        Arguments.of("'hello'", "'world'"),
        Arguments.of("100", "200"),
        Arguments.of("'0'", "'0'"),
        // no valid duration value on the other side
        Arguments.of("'1h'", "true"),
        Arguments.of("true", "'1h'"),
        Arguments.of("'1h'", "{'a': 1}"),
        Arguments.of("'1h'", "'hello'"),
        Arguments.of("'1h'", "'0'"));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("notDurations")
  void needsADurationAndAComparableOtherSide(String key, String value) {
    assertThat(DurationOperands.of(json(key), json(value))).isEmpty();
  }

  @Test
  void secondsAreGoFloat64Seconds() {
    assertThat(DurationOperands.toSeconds(90 * MINUTE)).isEqualTo(5400.0);
    assertThat(DurationOperands.toSeconds(1_500_000_000L)).isEqualTo(1.5);
    assertThat(DurationOperands.toSeconds(-1_500_000_000L)).isEqualTo(-1.5);
  }
}
