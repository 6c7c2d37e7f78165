package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The deprecated {@code Duration*} operators: the rows of Kyverno's {@code duration_test.go}. */
class DurationComparisonTest {

  private static Arguments gt(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.DURATION_GREATER_THAN, key, value, expected);
  }

  private static Arguments ge(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.DURATION_GREATER_THAN_OR_EQUALS, key, value, expected);
  }

  private static Arguments lt(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.DURATION_LESS_THAN, key, value, expected);
  }

  private static Arguments le(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.DURATION_LESS_THAN_OR_EQUALS, key, value, expected);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        gt("'2h'", "'1h'", true),
        gt("'1h'", "'2h'", false),
        gt("'1h'", "'1h'", false),
        gt("'60m'", "'1h'", false),
        gt("'61m'", "'1h'", true),
        gt("120", "60", true),
        gt("60", "120", false),
        gt("3600", "1800", true),
        gt("120", "'1m'", true),
        gt("120.5", "60.5", true),
        gt("120.5", "60", true),
        gt("120.0", "'1m'", true),
        gt("true", "false", false),
        ge("'2h'", "'1h'", true),
        ge("'1h'", "'60m'", true),
        ge("'30m'", "'1h'", false),
        ge("60", "60", true),
        lt("'30m'", "'1h'", true),
        lt("'2h'", "'1h'", false),
        lt("'1h'", "'60m'", false),
        lt("30", "60", true),
        le("'30m'", "'1h'", true),
        le("'1h'", "'60m'", true),
        le("'2h'", "'1h'", false),
        le("60", "60", true),
        // the per-type helpers of duration_test.go, reached through Evaluate
        gt("120", "60.0", true),
        gt("120", "'invalid'", false),
        gt("120", "true", false),
        gt("120.0", "'invalid'", false),
        gt("120.0", "true", false),
        gt("'2m'", "60", true),
        gt("'2m'", "60.0", true),
        gt("'invalid'", "60", false),
        gt("'1h'", "'invalid'", false),
        gt("'1h'", "true", false),
        // Unlike the other operators, a bare "0" is a duration here; floats are truncated.
        ge("'0'", "'0s'", true),
        gt("1.9", "1", false),
        gt("null", "1", false));
  }

  @ParameterizedTest(name = "{1} {0} {2} -> {3}")
  @MethodSource("cases")
  void comparesDurations(ConditionOperator operator, String key, String value, boolean expected) {
    assertThat(evaluate(operator, key, value)).isEqualTo(expected);
  }
}
