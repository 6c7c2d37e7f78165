package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GreaterThan}, {@code GreaterThanOrEquals}, {@code LessThan} and {@code LessThanOrEquals}:
 * the rows of Kyverno's {@code numeric_test.go} and of the numeric part of {@code
 * evaluate_test.go}, plus the quirks of the string fallbacks.
 */
class NumericComparisonTest {

  private static Arguments gt(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.GREATER_THAN, key, value, expected);
  }

  private static Arguments ge(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.GREATER_THAN_OR_EQUALS, key, value, expected);
  }

  private static Arguments lt(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.LESS_THAN, key, value, expected);
  }

  private static Arguments le(String key, String value, boolean expected) {
    return Arguments.of(ConditionOperator.LESS_THAN_OR_EQUALS, key, value, expected);
  }

  static Stream<Arguments> numericTestCases() {
    return Stream.of(
        // numeric_test.go: Evaluate with int, int64, float64 and string keys
        gt("10", "5", true),
        gt("100", "50", true),
        gt("25", "20.5", true),
        gt("30", "'25'", true),
        gt("10", "'5.5'", true),
        lt("5", "10", true),
        lt("20", "30", true),
        lt("100", "50", false),
        ge("10.5", "10", true),
        ge("3.14", "3.14", true),
        ge("5.5", "'4.5'", true),
        ge("2.5", "5.0", false),
        gt("'10.5'", "10", true),
        gt("'100'", "50", true),
        gt("'25.5'", "'20.0'", true),
        // resource quantities
        gt("'200m'", "'100m'", true),
        gt("'100m'", "'200m'", false),
        gt("'1Gi'", "'500Mi'", true),
        lt("'256Mi'", "'1Gi'", true),
        ge("'500m'", "'500m'", true),
        le("'2Gi'", "'2Gi'", true),
        // semantic versions
        gt("'1.2.0'", "'1.1.0'", true),
        lt("'1.0.0'", "'2.0.0'", true),
        ge("'1.5.0'", "'1.5.0'", true),
        lt("'2.0.0'", "'1.9.0'", false),
        le("'0.9.0'", "'1.0.0'", true),
        gt("'1.2.3'", "'1.2.2'", true),
        lt("'1.1.0'", "'1.2.0'", true),
        ge("'2.0.0'", "'2.0.0'", true),
        lt("'1.0.0-alpha'", "'1.0.0'", true),
        // unsupported keys and values
        gt("true", "false", false),
        gt("{'foo': 'bar'}", "'100'", false),
        gt("['a', 'b']", "'100'", false),
        gt("null", "'100'", false),
        gt("10", "true", false),
        gt("10", "'not-a-number'", false),
        gt("10.5", "true", false),
        gt("10.5", "'not-a-number'", false));
  }

  static Stream<Arguments> evaluateTestCases() {
    return Stream.of(
        // evaluate_test.go: GreaterThan
        gt("10", "1", true),
        gt("1.5", "1.0", true),
        gt("1.5", "1", true),
        gt("1", "10", false),
        gt("1.0", "1.5", false),
        gt("1", "1.5", false),
        gt("1", "1", false),
        gt("1.0", "1.0", false),
        gt("'1025'", "'1Ki'", true),
        gt("'1Ki'", "'1023'", true),
        gt("'10Gi'", "'1Gi'", true),
        gt("'1Gi'", "'1Mi'", true),
        gt("'1Gi'", "'10Gi'", false),
        gt("'10Mi'", "'10Mi'", false),
        gt("'10h'", "'1h'", true),
        gt("'1h'", "'30m'", true),
        gt("'1h'", "'1h'", false),
        gt("'1Gi'", "'1Gi'", false),
        gt("'10'", "1", true),
        gt("100", "'10'", true),
        gt("'100'", "'10'", true),
        gt("'10'", "'10'", false),
        gt("'1'", "'10'", false),
        gt("'1'", "10", false),
        gt("1", "'10'", false),
        gt("'1h'", "3600", false),
        gt("'2h'", "3600", true),
        gt("3600", "'1h'", false),
        gt("3600", "'30m'", true),
        gt("-5", "1", false),
        gt("-5", "-10", true),
        gt("1", "-10", true),
        gt("'1.5.5'", "'1.5.0'", true),
        gt("'1.5.0'", "'1.5.5'", false),
        // LessThan
        lt("10", "1", false),
        lt("1.5", "1.0", false),
        lt("1.5", "1", false),
        lt("1", "10", true),
        lt("1.0", "1.5", true),
        lt("1", "1.5", true),
        lt("1", "1", false),
        lt("1.0", "1.0", false),
        lt("'1023'", "'1Ki'", true),
        lt("'1Ki'", "'1025'", true),
        lt("'10Gi'", "'1Gi'", false),
        lt("'1Gi'", "'10Gi'", true),
        lt("'1Gi'", "'1Mi'", false),
        lt("'1Mi'", "'1Gi'", true),
        lt("'10h'", "'1h'", false),
        lt("'1h'", "'30m'", false),
        lt("'1h'", "'1h'", false),
        lt("'1Gi'", "'1Gi'", false),
        lt("'10'", "1", false),
        lt("100", "'10'", false),
        lt("'100'", "'10'", false),
        lt("'10'", "'10'", false),
        lt("'1'", "'10'", true),
        lt("'1'", "10", true),
        lt("1", "'10'", true),
        lt("'1h'", "3600", false),
        lt("'30m'", "3600", true),
        lt("3600", "'1h'", false),
        lt("3600", "'30m'", false),
        lt("-5", "1", true),
        lt("-5", "-10", false),
        lt("1", "-10", false),
        lt("'1.5.5'", "'1.5.0'", false),
        lt("'1.5.0'", "'1.5.5'", true),
        // GreaterThanOrEquals
        ge("10", "1", true),
        ge("1.5", "1.0", true),
        ge("1.5", "1", true),
        ge("1", "10", false),
        ge("1.0", "1.5", false),
        ge("1", "1.5", false),
        ge("1", "1", true),
        ge("1.0", "1.0", true),
        ge("1.0", "1", true),
        ge("'1025'", "'1Ki'", true),
        ge("'1024'", "'1Ki'", true),
        ge("'1Ki'", "'1023'", true),
        ge("'1Ki'", "'1024'", true),
        ge("'10Gi'", "'1Gi'", true),
        ge("'1Gi'", "'1Mi'", true),
        ge("'1Gi'", "'10Gi'", false),
        ge("'10h'", "'1h'", true),
        ge("'1h'", "'30m'", true),
        ge("'1h'", "'1h'", true),
        ge("'1Gi'", "'1Gi'", true),
        ge("'10'", "1", true),
        ge("100", "'10'", true),
        ge("'100'", "'10'", true),
        ge("'10'", "'10'", true),
        ge("'1'", "'10'", false),
        ge("'1'", "10", false),
        ge("1", "'10'", false),
        ge("'1h'", "3600", true),
        ge("'2h'", "3600", true),
        ge("'1.5.5'", "'1.5.5'", true),
        ge("'1.5.5'", "'1.5.0'", true),
        ge("'1.5.0'", "'1.5.5'", false),
        // LessThanOrEquals
        le("10", "1", false),
        le("1.5", "1.0", false),
        le("1.5", "1", false),
        le("1", "10", true),
        le("1.0", "1.5", true),
        le("1", "1.5", true),
        le("1", "1", true),
        le("1.0", "1.0", true),
        le("'1Ki'", "'1024'", true),
        le("'1024'", "'1Ki'", true),
        le("'1Ki'", "'1025'", true),
        le("'1023'", "'1Ki'", true),
        le("'10Gi'", "'1Gi'", false),
        le("'1Gi'", "'10Gi'", true),
        le("'1Gi'", "'1Mi'", false),
        le("'1Mi'", "'1Gi'", true),
        le("'10h'", "'1h'", false),
        le("'1h'", "'30m'", false),
        le("'1h'", "'1h'", true),
        le("'1Gi'", "'1Gi'", true),
        le("'10'", "1", false),
        le("100", "'10'", false),
        le("'100'", "'10'", false),
        le("'10'", "'10'", true),
        le("'1'", "'10'", true),
        le("'1'", "10", true),
        le("1", "'10'", true),
        le("'1h'", "3600", true),
        le("'2h'", "3600", false),
        le("'1.5.5'", "'1.5.5'", true),
        le("'1.5.0'", "'1.5.5'", true),
        le("'1.5.5'", "'1.5.0'", false));
  }

  static Stream<Arguments> quirks() {
    return Stream.of(
        // Semantic versions need all three parts on both sides, and no "v".
        gt("'1.20.3'", "'1.19'", false),
        lt("'1.19'", "'1.20.3'", false),
        gt("'1.20.3'", "'1.19.0'", true),
        gt("'v1.2.3'", "'v1.2.0'", false),
        ge("'1.2.3+build.5'", "'1.2.3'", true),
        gt("'1.10.0'", "'1.9.0'", true),
        // Two-part versions are floats: 1.10 is below 1.9.
        gt("'1.10'", "'1.9'", false),
        // Quantities come before floats, so "10" is far above "5m" (five thousandths)...
        gt("'10'", "'5m'", true),
        // ...but a number key meets a duration value as seconds.
        gt("'10000'", "'1h'", true),
        lt("'10'", "'1h'", true),
        // A duration key meets a number value as seconds; "0" is no duration but "0s" is.
        lt("'0s'", "1", true),
        gt("'1s'", "0.5", true),
        gt("'1Gi'", "5", false),
        gt("'abc'", "'abd'", false),
        lt("'abc'", "'abd'", false),
        // -0.0 and 0.0 are equal, as in Go.
        ge("-0.0", "0.0", true),
        lt("-0.0", "0", false));
  }

  @ParameterizedTest(name = "{1} {0} {2} -> {3}")
  @MethodSource({"numericTestCases", "evaluateTestCases", "quirks"})
  void comparesAsKyvernoDoes(
      ConditionOperator operator, String key, String value, boolean expected) {
    assertThat(evaluate(operator, key, value)).isEqualTo(expected);
  }
}
