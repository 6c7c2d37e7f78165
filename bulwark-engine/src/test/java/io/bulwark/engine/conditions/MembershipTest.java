package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.evaluate;
import static io.bulwark.engine.conditions.Trees.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code AnyIn}, {@code AllIn}, {@code AnyNotIn} and {@code AllNotIn}: the rows of Kyverno's {@code
 * anyin_test.go}, {@code anynotin_test.go}, {@code allnotin_test.go} and of the set operator part
 * of {@code evaluate_test.go}, plus the quirks.
 */
class MembershipTest {

  private static final String JSON_FRUITS = "'[\"apple\", \"banana\"]'";
  private static final String IPS = "['1.1.1.1', '2.2.2.2', '3.3.3.3']";

  static Stream<Arguments> anyInCases() {
    return Stream.of(
        // anyin_test.go
        row("'kyverno'", "'kyverno'", true),
        row("'kube-system'", "['default', 'kube-*']", true),
        row("'kyverno'", "'default'", false),
        row("64", "'64'", true),
        row("1", "[1, 2, 3]", true),
        row("64", "'default'", false),
        row("3.14", "'3.14'", true),
        row("2.2", "[1.1, 2.2, 3.3]", true),
        row("3.14", "'default'", false),
        row("true", "'true'", true),
        row("['kube-system', 'kube-public']", "'kube-*'", true),
        row("['kube-system', 'default']", "'kube-system'", true),
        row("['default', 'kyverno']", "'kube-*'", false),
        row("['default', 'kyverno']", "['kube-*', 'ky*']", true),
        row("['default', 'kyverno']", "['kube-*', 'kube-system']", false),
        row("[]", "['default', 'kyverno']", false),
        row("''", "['default', 'kyverno']", false),
        row("{'foo': 'bar'}", "'test'", false),
        row("'5'", "'1-10'", true),
        row("'0'", "'1-10'", false),
        row("['0', '5']", "'1-10'", true),
        row("['0', '20']", "'1-10'", false),
        row("'apple'", JSON_FRUITS, true),
        row("'cherry'", JSON_FRUITS, false),
        row("['apple', 'cherry']", JSON_FRUITS, true),
        row("['cherry', 'date']", JSON_FRUITS, false),
        // evaluate_test.go
        row("['1.1.1.1', '5.5.5.5']", IPS, true),
        row("['1.1.1.1', '5.5.5.5']", "'1.1.1.1'", true),
        row("['4.4.4.4', '5.5.5.5']", IPS, false),
        row("['1.1.1.1', '5.5.5.5']", "['1.1.1.1']", true),
        row("[1, 2]", "[1, 2, 3, 4]", true),
        row("[1, 5]", "[1, 2, 3, 4]", true),
        row("[5]", "[1, 2, 3, 4]", false),
        row("['1*']", IPS, true),
        row("['5*']", IPS, false),
        row("['1.1.1.1', '2.2.2.2', '5.5.5.5']", "['2*']", true),
        row("['1.1.1.1', '2.2.2.2', '5.5.5.5']", "['4*']", false),
        row("['5']", "'1-3'", false),
        row("'1.1.1.1'", "['1*']", true),
        row("'5'", "'1-10'", true),
        row("5", "'1-10'", true),
        row("[1, 5]", "'7-10'", false),
        row("[1, 5]", "'0-10'", true),
        row("[1.002, 1.222]", "'1.001-10'", true));
  }

  static Stream<Arguments> anyInQuirks() {
    return Stream.of(
        // The key may be the pattern too.
        row("'kube-*'", "['kube-system']", true),
        // A scalar key is matched against a string value one way only...
        row("'kube-*'", "'kube-system'", false),
        // ...and against the strings of a JSON array without wildcards.
        row("'kube-system'", "'[\"kube-*\"]'", false),
        row("['kube-system']", "'[\"kube-*\"]'", true),
        // Numbers and booleans are printed as Go's fmt.Sprint prints them.
        row("1000000", "['1000000']", true),
        row("1000000.0", "['1000000']", false),
        row("1000000.0", "['1e+06']", true),
        row("[2.50]", "['2.5']", true),
        row("[true, null]", "['<nil>']", true),
        // A number or boolean value works for a list key only.
        row("5", "5", false),
        row("[5]", "5", true),
        row("[true]", "true", true),
        // JSON that is not an array of strings is rejected; text that is not JSON is one element.
        row("'6'", "'5'", false),
        row("'a'", "'[1]'", false),
        row("'a'", "'null'", false),
        row("'[x'", "'[x'", true),
        row("'a'", "'{\"a\": 1}'", false),
        // Unsupported keys and values.
        row("null", "['a']", false),
        row("'a'", "null", false),
        row("'a'", "{'a': 'a'}", false),
        row("['a']", "{'a': 'a'}", false));
  }

  @ParameterizedTest(name = "{0} AnyIn {1} -> {2}")
  @MethodSource({"anyInCases", "anyInQuirks"})
  void anyIn(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.ANY_IN, key, value)).isEqualTo(expected);
  }

  static Stream<Arguments> anyNotInCases() {
    return Stream.of(
        // anynotin_test.go
        row("'kyverno'", "'kyverno'", false),
        row("'kube-system'", "['default', 'kube-*']", false),
        row("'kyverno'", "'default'", true),
        row("64", "'64'", false),
        row("1", "[1, 2, 3]", false),
        row("64", "'default'", true),
        row("3.14", "'3.14'", false),
        row("2.2", "[1.1, 2.2, 3.3]", false),
        row("3.14", "'default'", true),
        row("true", "true", false),
        row("['kube-system', 'kube-public']", "'kube-*'", false),
        row("['kube-system', 'default']", "'kube-system'", true),
        row("['default', 'kyverno']", "'kube-*'", true),
        row("[1, 2, 3]", "2", true),
        row("[1, 2, 3]", "4", true),
        row("[1.1, 2.2, 3.3]", "1.1", true),
        row("[1.1, 2.2, 3.3]", "4.4", true),
        row("[true, false]", "true", true),
        row("[true]", "false", true),
        row("['default', 'kyverno']", "['kube-*', 'kube-system']", true),
        row("['default', 'kyverno']", "['kube-*', 'ky*']", true),
        row("[]", "['default', 'kyverno']", false),
        row("''", "['default', 'kyverno']", true),
        // evaluate_test.go
        row("1", "[1, 2, 3]", false),
        row("1.5", "[1, 1.5, 2, 3]", false),
        row("'1'", "['1', '2', '3']", false),
        row("['1.1.1.1', '2.2.2.2']", IPS, false),
        row("5", "[1, 2, 3]", true),
        row("5.5", "[1, 1.5, 2, 3]", true),
        row("'5'", "['1', '2', '3']", true),
        row("['1.1.1.1', '4.4.4.4']", IPS, true),
        row("['5.5.5.5', '4.4.4.4']", "'4.4.4.4'", true),
        row("['5.5.5.5', '4.4.4.4']", IPS, true),
        row("['1*', '3*', '5*']", IPS, true),
        row("['1.1.1.1', '2.2.2.2', '5.5.5.5']", "['2*']", true),
        row("['2.2*']", "['2.2.2.2']", false),
        row("'5'", "'1-3'", true),
        row("[1, 5, 11]", "'0-10'", true),
        row("[1, 5, 7]", "'0-10'", false));
  }

  static Stream<Arguments> anyNotInQuirks() {
    return Stream.of(
        row("['a']", "'a'", false),
        row("['a', 'b']", JSON_FRUITS, true),
        // A rejected value is false, not "not in".
        row("'6'", "'5'", false),
        row("'a'", "'[1]'", false),
        row("'a'", "null", false),
        row("null", "['a']", false),
        // JSON null holds no strings, so the key is not in it.
        row("'a'", "'null'", true));
  }

  @ParameterizedTest(name = "{0} AnyNotIn {1} -> {2}")
  @MethodSource({"anyNotInCases", "anyNotInQuirks"})
  void anyNotIn(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.ANY_NOT_IN, key, value)).isEqualTo(expected);
  }

  static Stream<Arguments> allInCases() {
    return Stream.of(
        // evaluate_test.go
        row("['1.1.1.1', '2.2.2.2']", IPS, true),
        row("['1.1.1.1', '5.5.5.5']", IPS, false),
        row("['4.4.4.4', '5.5.5.5']", IPS, false),
        row("['1.1.1.1', '5.5.5.5']", "['1.1.1.1']", false),
        row("[1, 2]", "[1, 2, 3, 4]", true),
        row("[1, 5]", "[1, 2, 3, 4]", false),
        row("[5]", "[1, 2, 3, 4]", false),
        row("['1*']", IPS, true),
        row("['5*']", IPS, false),
        row("['2.1.1.1', '2.2.2.2', '2.5.5.5']", "['2*']", true),
        row("['1.1.1.1', '2.2.2.2', '5.5.5.5']", "['4*']", false),
        row("['1.1.1.1', '5.5.5.5']", "'5.5.5.5'", false),
        row("5", "'1-10'", true),
        row("[3, 2]", "'1-10'", true),
        row("[3, 2]", "'5-10'", false),
        // the scalar rows shared with AnyIn
        row("'kube-system'", "['default', 'kube-*']", true),
        row("'apple'", JSON_FRUITS, true),
        row("true", "'true'", true));
  }

  static Stream<Arguments> allInQuirks() {
    return Stream.of(
        // Every element of an empty key is in anything Kyverno accepts.
        row("[]", "['a']", true),
        row("[]", "'a'", true),
        row("['a']", "'a'", true),
        row("['apple', 'banana']", JSON_FRUITS, true),
        // Unlike AnyIn, a number value is rejected for a list key.
        row("[1]", "1", false),
        row("['a']", "'[1]'", false),
        row("null", "['a']", false));
  }

  @ParameterizedTest(name = "{0} AllIn {1} -> {2}")
  @MethodSource({"allInCases", "allInQuirks"})
  void allIn(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.ALL_IN, key, value)).isEqualTo(expected);
  }

  static Stream<Arguments> allNotInCases() {
    return Stream.of(
        // allnotin_test.go
        row("'kyverno'", "'kyverno'", false),
        row("'kube-system'", "['default', 'kube-*']", false),
        row("'kyverno'", "'default'", true),
        row("64", "'64'", false),
        row("64", "'default'", true),
        row("['kube-system', 'kube-public']", "'kube-*'", false),
        row("['kube-system', 'default']", "'kube-system'", false),
        row("['default', 'kyverno']", "'kube-*'", true),
        row("['default', 'kyverno']", "['kube-*', 'kube-system']", true),
        row("['default', 'kyverno']", "['kube-*', 'ky*']", false),
        // evaluate_test.go
        row("1", "[1, 2, 3]", false),
        row("1.5", "[1, 1.5, 2, 3]", false),
        row("'1'", "['1', '2', '3']", false),
        row("['1.1.1.1', '2.2.2.2']", IPS, false),
        row("5", "[1, 2, 3]", true),
        row("5.5", "[1, 1.5, 2, 3]", true),
        row("'5'", "['1', '2', '3']", true),
        row("['1.1.1.1', '4.4.4.4']", IPS, false),
        row("['1.1.1.1', '4.4.4.4']", "['1.1.1.1', '2.2.2.2', '3.3.3.3', '1.1.1.1']", false),
        row(
            "['1.1.1.1', '4.4.4.4', '1.1.1.1']",
            "['1.1.1.1', '2.2.2.2', '3.3.3.3', '1.1.1.1', '4.4.4.4']",
            false),
        row("['5.5.5.5', '4.4.4.4']", IPS, true),
        row("['7*', '6*', '5*']", IPS, true),
        row("['1*', '2*']", IPS, false),
        row("['1.1.1.1', '3.3.3.3', '5.5.5.5']", "['2*']", true),
        row("['4.1.1.1', '4.2.2.2', '4.5.5.5']", "['4*']", false),
        row("['1.1.1.1', '4.4.4.4']", "'2.2.2.2'", true),
        row("5.5", "'6-10'", true),
        row("'5'", "'1-6'", false),
        row("[3, 2]", "'5-10'", true),
        row("[2, 6]", "'5-10'", false));
  }

  static Stream<Arguments> allNotInQuirks() {
    return Stream.of(
        row("['a']", "'a'", false),
        row("[]", "['a']", true),
        row("[1]", "1", false),
        row("true", "['false']", true),
        row("'a'", "'null'", true),
        row("'6'", "'5'", false));
  }

  @ParameterizedTest(name = "{0} AllNotIn {1} -> {2}")
  @MethodSource({"allNotInCases", "allNotInQuirks"})
  void allNotIn(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.ALL_NOT_IN, key, value)).isEqualTo(expected);
  }
}
