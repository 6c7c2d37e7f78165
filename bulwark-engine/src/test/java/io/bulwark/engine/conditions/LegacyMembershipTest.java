package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.evaluate;
import static io.bulwark.engine.conditions.Trees.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deprecated {@code In} and {@code NotIn}: the rows of Kyverno's {@code in_test.go} and of the
 * In/NotIn part of {@code evaluate_test.go}, plus the quirks.
 */
class LegacyMembershipTest {

  private static final String FRUITS = "['apple', 'banana', 'cherry']";
  private static final String JSON_FRUITS = "'[\"apple\", \"banana\", \"cherry\"]'";
  private static final String IPS = "['1.1.1.1', '2.2.2.2', '3.3.3.3']";

  static Stream<Arguments> inCases() {
    return Stream.of(
        // in_test.go
        row("'apple'", FRUITS, true),
        row("'grape'", FRUITS, false),
        row("'apple'", "[]", false),
        row("'hello'", "'hello'", true),
        row("'hello-world'", "'hello-*'", true),
        row("'goodbye-world'", "'hello-*'", false),
        row("'apple'", JSON_FRUITS, true),
        row("'grape'", JSON_FRUITS, false),
        row("42", "['42', '43', '44']", true),
        row("99", "['42', '43', '44']", false),
        row("100", "['100', '200']", true),
        row("3.14", "['3.14', '2.71']", true),
        row("true", "['true', 'false']", true),
        row("['apple', 'banana']", FRUITS, true),
        row("['apple', 'grape']", FRUITS, false),
        row("['apple', 'banana']", JSON_FRUITS, true),
        row("{'foo': 'bar'}", "['a', 'b']", false),
        row("'apple'", "12345", false),
        row("'hello-world'", "['hello-*', 'goodbye']", true),
        row("'hello-*'", "['hello-world', 'goodbye']", true),
        row("'a'", "'not-valid-json'", false),
        row("['test']", "'test'", true),
        row("['other']", "'test'", false),
        row("['a']", "['a', 123]", false),
        row("['a']", "12345", false),
        row("[]", "['a', 'b']", true),
        row("['a']", "[]", false),
        row("[]", "[]", true),
        // evaluate_test.go
        row("1", "[1, 2, 3]", true),
        row("1.5", "[1, 1.5, 2, 3]", true),
        row("'1'", "['1', '2', '3']", true),
        row("['1.1.1.1', '2.2.2.2']", IPS, true),
        row("5", "[1, 2, 3]", false),
        row("5.5", "[1, 1.5, 2, 3]", false),
        row("'5'", "['1', '2', '3']", false),
        row("'1.1.1.1'", "['1*']", true),
        row("['1.1.1.1', '4.4.4.4']", IPS, false));
  }

  static Stream<Arguments> inQuirks() {
    return Stream.of(
        // A list key compares exactly, without wildcards.
        row("['1.1.1.1']", "['1*']", false),
        // No ranges.
        row("'5'", "'1-10'", false),
        // Kyverno's handler panics on a key list holding a non-string; here it is false.
        row("[1]", "['1']", false),
        row("null", "['a']", false));
  }

  @ParameterizedTest(name = "{0} In {1} -> {2}")
  @MethodSource({"inCases", "inQuirks"})
  void in(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.IN, key, value)).isEqualTo(expected);
  }

  static Stream<Arguments> notInCases() {
    return Stream.of(
        // in_test.go (setExistsInArray with notIn)
        row("['a', 'd']", "['a', 'b', 'c']", true),
        row("['a', 'b']", "['a', 'b', 'c']", false),
        row("[]", "['a', 'b']", false),
        row("['a']", "[]", true),
        // evaluate_test.go
        row("1", "[1, 2, 3]", false),
        row("1.5", "[1, 1.5, 2, 3]", false),
        row("'1'", "['1', '2', '3']", false),
        row("['1.1.1.1', '2.2.2.2']", IPS, false),
        row("5", "[1, 2, 3]", true),
        row("5.5", "[1, 1.5, 2, 3]", true),
        row("'5'", "['1', '2', '3']", true),
        row("['1.1.1.1', '4.4.4.4']", IPS, true));
  }

  static Stream<Arguments> notInQuirks() {
    return Stream.of(
        // Kyverno reports a one-element key equal to the string value as "not in" too.
        row("['a']", "'a'", true),
        // Rejected values are false, not "not in".
        row("'a'", "'not-valid-json'", false),
        row("'a'", "12345", false),
        row("['a']", "['b', 1]", false),
        row("'grape'", JSON_FRUITS, true),
        row("'banana'", JSON_FRUITS, false));
  }

  @ParameterizedTest(name = "{0} NotIn {1} -> {2}")
  @MethodSource({"notInCases", "notInQuirks"})
  void notIn(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.NOT_IN, key, value)).isEqualTo(expected);
  }
}
