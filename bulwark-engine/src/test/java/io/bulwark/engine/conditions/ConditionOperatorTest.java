package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Operator names, as Kyverno's {@code operator_test.go} and {@code utils_test.go} check them. */
class ConditionOperatorTest {

  @ParameterizedTest
  @EnumSource(ConditionOperator.class)
  void parsesEveryKyvernoName(ConditionOperator operator) {
    assertThat(ConditionOperator.parse(operator.kyvernoName())).contains(operator);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EQUALS", "Equals", "equals", "eQuAlS"})
  void parsesNamesCaseInsensitively(String name) {
    assertThat(ConditionOperator.parse(name)).contains(ConditionOperator.EQUALS);
  }

  @Test
  void lowerCasesRuneByRuneAsGoDoes() {
    // Go's strings.ToLower maps 'İ' (U+0130) to 'i'; a locale-aware lower-casing would not.
    assertThat(ConditionOperator.parse("\u0130n")).contains(ConditionOperator.IN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"InvalidOp", "", "Equals ", "Contains", "NotEqualss"})
  void rejectsUnknownNames(String name) {
    assertThat(ConditionOperator.parse(name)).isEmpty();
  }

  @Test
  void namesAreKyvernos() {
    assertThat(Arrays.stream(ConditionOperator.values()).map(ConditionOperator::kyvernoName))
        .containsExactly(
            "Equals",
            "Equal",
            "NotEquals",
            "NotEqual",
            "In",
            "AnyIn",
            "AllIn",
            "NotIn",
            "AnyNotIn",
            "AllNotIn",
            "GreaterThanOrEquals",
            "GreaterThan",
            "LessThanOrEquals",
            "LessThan",
            "DurationGreaterThanOrEquals",
            "DurationGreaterThan",
            "DurationLessThanOrEquals",
            "DurationLessThan");
  }

  static Stream<Arguments> alternatives() {
    return Stream.of(
        Arguments.of(
            ConditionOperator.IN, List.of(ConditionOperator.ALL_IN, ConditionOperator.ANY_IN)),
        Arguments.of(
            ConditionOperator.NOT_IN,
            List.of(ConditionOperator.ALL_NOT_IN, ConditionOperator.ANY_NOT_IN)),
        Arguments.of(ConditionOperator.EQUALS, List.of()),
        Arguments.of(ConditionOperator.ANY_IN, List.of()));
  }

  @ParameterizedTest
  @MethodSource
  void alternatives(ConditionOperator operator, List<ConditionOperator> expected) {
    assertThat(operator.alternatives()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(ConditionOperator.class)
  void javaNullIsJsonNull(ConditionOperator operator) {
    assertThat(operator.evaluate(null, null))
        .isEqualTo(operator.evaluate(json("null"), json("null")))
        .isFalse();
  }
}
