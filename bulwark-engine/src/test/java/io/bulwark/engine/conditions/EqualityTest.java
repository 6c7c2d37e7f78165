package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.evaluate;
import static io.bulwark.engine.conditions.Trees.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Equals} and {@code NotEquals}: the rows of Kyverno's {@code equal_test.go}, {@code
 * notequal_test.go} and the Equals/NotEquals part of {@code evaluate_test.go}, plus the quirks.
 */
class EqualityTest {

  static Stream<Arguments> equalsCases() {
    return Stream.of(
        // equal_test.go: booleans
        row("true", "true", true),
        row("false", "false", true),
        row("true", "false", false),
        row("true", "'true'", false),
        // integers
        row("42", "42", true),
        row("42", "43", false),
        row("100", "100", true),
        row("42", "42.0", true),
        row("42", "42.5", false),
        row("42", "'42'", true),
        row("42", "'invalid'", false),
        row("10", "true", false),
        // floats
        row("3.14", "3.14", true),
        row("3.14", "2.71", false),
        row("42.0", "42", true),
        row("100.0", "100", true),
        row("10.5", "10", false),
        row("3.14", "'3.14'", true),
        row("3.14", "'invalid'", false),
        row("3.14", "true", false),
        // strings and wildcards (the value is the pattern)
        row("'hello'", "'hello'", true),
        row("'hello'", "'world'", false),
        row("'hello-world'", "'hello-*'", true),
        row("'goodbye-world'", "'hello-*'", false),
        row("'hello-*'", "'hello-world'", false),
        row("'hello'", "123", false),
        row("'ab'", "'a?'", true),
        row("'a'", "'a?'", false),
        // quantities
        row("'100Mi'", "'100Mi'", true),
        row("'1Gi'", "'1024Mi'", true),
        row("'100Mi'", "'200Mi'", false),
        row("'1024'", "'1Ki'", true),
        row("'1Ki'", "'1024'", true),
        row("'1Gi'", "'1Gi'", true),
        row("'1Gi'", "'10Gi'", false),
        row("'10Gi'", "'1024Mi'", false),
        // durations, also against seconds
        row("'1h'", "'60m'", true),
        row("'1h'", "'30m'", false),
        row("'1h'", "'1h'", true),
        row("'1h'", "'5h'", false),
        row("'1h'", "3600", true),
        row("'2h'", "3600", false),
        row("'1m'", "60.0", true),
        // maps and lists compare deeply
        row("{'foo': 'bar'}", "{'foo': 'bar'}", true),
        row("{'foo': 'bar'}", "{'foo': 'baz'}", false),
        row("{'foo': 'bar'}", "{'bar': 'foo'}", false),
        row("{'foo': 'bar'}", "'not a map'", false),
        row("['a', 'b', 'c']", "['a', 'b', 'c']", true),
        row("['a', 'b', 'c']", "['a', 'b', 'd']", false),
        row("['a', 'b', 'c']", "['a', 'b']", false),
        row("['a', 'b', 'c']", "'not a slice'", false),
        row("['foo', 'bar']", "['bar', 'foo']", false),
        row("[{'foo': 'bar'}]", "[{'foo': 'bar'}]", true),
        row("[{'foo': 'bar'}]", "[{'bar': 'foo'}]", false),
        // evaluate_test.go: mismatched types
        row("'string'", "1", false),
        row("1", "'2'", false),
        row("1.0", "'2.0'", false),
        row("true", "'false'", false),
        row("false", "'true'", false),
        row("'1.5.2'", "'1.5.2'", true),
        row("'1.5.2'", "'1.5.*'", true),
        row("'1.5.0'", "'1.5.5'", false));
  }

  /** Behaviour that follows from Kyverno's code rather than from its test tables. */
  static Stream<Arguments> equalsQuirks() {
    return Stream.of(
        // A quantity key stops at the quantity step: a pattern value that is no quantity fails.
        row("'5'", "'5*'", false),
        row("'abc'", "'a*'", true),
        row("'1'", "''", false),
        // A quantity key against a number compares quantities.
        row("'5'", "5", true),
        row("'5'", "5.0", true),
        row("'5'", "6", false),
        row("'1Ki'", "1024", true),
        row("'abc'", "5", false),
        row("'1M'", "1000000.0", true),
        row("'500m'", "'0.5'", true),
        // ...unless the key is a duration: "500m" against a number is five hundred minutes.
        row("'500m'", "0.5", false),
        row("'500m'", "30000", true),
        // "0" is never a duration, "0s" is; "0s" is no quantity, so this is a text comparison.
        row("'0'", "'0'", true),
        row("'0s'", "'0'", false),
        row("'0s'", "'0ms'", true),
        // A float number of seconds is truncated to whole seconds, as Go's Duration(f) does.
        row("'1s'", "1.5", true),
        // int64 and float64 never match inside maps and lists (reflect.DeepEqual).
        row("[1]", "[1.0]", false),
        row("{'a': 1}", "{'a': 1}", true),
        row("{'a': null}", "{}", false),
        row("[]", "[]", true),
        // A null key or value never equals anything.
        row("null", "null", false),
        row("null", "''", false),
        row("'x'", "null", false),
        row("1", "null", false));
  }

  @ParameterizedTest(name = "{0} Equals {1} -> {2}")
  @MethodSource({"equalsCases", "equalsQuirks"})
  void equalsAsKyvernoDoes(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.EQUALS, key, value)).isEqualTo(expected);
    assertThat(evaluate(ConditionOperator.EQUAL, key, value)).isEqualTo(expected);
  }

  static Stream<Arguments> notEqualsCases() {
    return Stream.of(
        // notequal_test.go
        row("true", "false", true),
        row("42", "43", true),
        row("5", "5.5", true),
        row("3.14", "2.71", true),
        row("'hello'", "'world'", true),
        row("'100Mi'", "'not-a-quantity'", true),
        row("'1h'", "'30m'", true),
        row("{'foo': 'bar'}", "{'foo': 'baz'}", true),
        row("['a', 'b']", "['a', 'c']", true),
        row("'5'", "5", false),
        row("'5'", "5.0", false),
        row("'5'", "6", true),
        // evaluate_test.go
        row("'string'", "'string'", false),
        row("1", "1", false),
        row("1.0", "1.0", false),
        row("true", "true", false),
        row("false", "false", false),
        row("'1024'", "'1Ki'", false),
        row("'1Ki'", "'1024'", false),
        row("'1023'", "'1Ki'", true),
        row("'1Ki'", "'1023'", true),
        row("'1Gi'", "'1Gi'", false),
        row("'10Gi'", "'1024Mi'", true),
        row("'1Gi'", "'1024Mi'", false),
        row("'1h'", "'1h'", false),
        row("'1h'", "'60m'", false),
        row("'1h'", "'5h'", true),
        row("{'foo': 'bar'}", "{'foo': 'bar'}", false),
        row("['foo', 'bar']", "['foo', 'bar']", false),
        row("[{'foo': 'bar'}]", "[{'foo': 'bar'}]", false),
        row("'string'", "'not string'", true),
        row("1", "2", true),
        row("1.0", "2.0", true),
        row("false", "true", true),
        row("'string'", "1", true),
        row("1", "'2'", true),
        row("1.0", "'2.0'", true),
        row("true", "'false'", true),
        row("false", "'true'", true),
        row("{'foo': 'bar'}", "{'bar': 'foo'}", true),
        row("['foo', 'bar']", "['bar', 'foo']", true),
        row("[{'foo': 'bar'}]", "[{'bar': 'foo'}]", true),
        row("'1h'", "3600", false),
        row("'2h'", "3600", true),
        row("'1.5.2'", "'1.5.5'", true),
        row("'1.5.2'", "'1.5.*'", false),
        row("'1.5.0'", "'1.5.0'", false),
        // mismatched types are "not equal"...
        row("{'foo': 'bar'}", "'x'", true),
        row("'hello'", "123", true),
        // ...but a null key is false for both operators.
        row("null", "'x'", false),
        row("null", "null", false));
  }

  @ParameterizedTest(name = "{0} NotEquals {1} -> {2}")
  @MethodSource("notEqualsCases")
  void notEqualsAsKyvernoDoes(String key, String value, boolean expected) {
    assertThat(evaluate(ConditionOperator.NOT_EQUALS, key, value)).isEqualTo(expected);
    assertThat(evaluate(ConditionOperator.NOT_EQUAL, key, value)).isEqualTo(expected);
  }
}
