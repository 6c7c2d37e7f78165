package io.bulwark.engine.conditions;

import static io.bulwark.engine.conditions.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.conditions.ConditionOutcome.EvalError;
import io.bulwark.engine.conditions.ConditionOutcome.Met;
import io.bulwark.engine.conditions.ConditionOutcome.NotMet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Blocks, legacy lists and their messages, including Kyverno's {@code Test_Condition_Messages}
 * (evaluate_test.go) with the variables already resolved.
 */
class ConditionsTest {

  /** A condition that holds when {@code holds} is true, with {@code message}. */
  private static Condition check(boolean holds, String message) {
    return new Condition(json("'x'"), "Equals", json(holds ? "'x'" : "'y'"), message);
  }

  private static Condition equal(String key, String value, String message) {
    return new Condition(json(key), "Equal", json(value), message);
  }

  @Test
  void reportsTheMessagesOfKyvernosConditionMessagesTest() {
    // request.object.metadata.name is "temp" and request.object.spec.foo is "bar".
    ConditionBlock noneHold =
        ConditionBlock.anyOf(
            List.of(
                equal("'temp'", "'temp2'", "invalid name"),
                equal("'bar'", "'bar2'", "invalid foo")));
    assertThat(Conditions.evaluateAll(List.of(noneHold), Substitution.NONE))
        .isEqualTo(new NotMet("invalid name; invalid foo"));

    ConditionBlock bothHold =
        ConditionBlock.anyOf(
            List.of(
                equal("'temp'", "'temp'", "invalid name"), equal("'bar'", "'bar'", "invalid foo")));
    assertThat(Conditions.evaluateAll(List.of(bothHold), Substitution.NONE))
        .isEqualTo(new Met("invalid name"));

    ConditionBlock allFails =
        ConditionBlock.of(
            bothHold.any().orElseThrow(),
            List.of(
                equal("'temp'", "'temp'", "invalid name"),
                equal("'bar'", "'bar2'", "invalid foo")));
    assertThat(Conditions.evaluateAll(List.of(allFails), Substitution.NONE))
        .isEqualTo(new NotMet("invalid foo"));

    ConditionBlock bothFail =
        ConditionBlock.of(
            List.of(
                equal("'temp'", "'temp1'", "invalid name"),
                equal("'bar'", "'bar2'", "invalid foo")),
            List.of(
                equal("'temp'", "'temp'", "invalid name"),
                equal("'bar'", "'bar2'", "invalid foo2")));
    assertThat(Conditions.evaluateAll(List.of(bothFail), Substitution.NONE))
        .isEqualTo(new NotMet("invalid name; invalid foo; invalid foo2"));
  }

  @Test
  void aBlockHoldsWhenAnyAndAllHold() {
    assertThat(
            Conditions.evaluate(
                ConditionBlock.of(
                    List.of(check(false, "a1"), check(true, "a2"), check(true, "a3")),
                    List.of(check(true, "l1"), check(true, ""), check(true, "l3")))))
        .isEqualTo(new Met("a2; l1; l3"));
  }

  @Test
  void aFailedAllReportsTheAnyConditionsThatFailedBeforeOneHeld() {
    assertThat(
            Conditions.evaluate(
                ConditionBlock.of(
                    List.of(check(false, "a1"), check(true, "a2")),
                    List.of(check(true, "l1"), check(false, "l2"), check(false, "l3")))))
        .isEqualTo(new NotMet("a1; l2"));
  }

  @Test
  void theAllListIsEvaluatedEvenWhenNoAnyConditionHeld() {
    assertThat(
            Conditions.evaluate(
                ConditionBlock.of(
                    List.of(check(false, "a1"), check(false, "a2")), List.of(check(false, "l1")))))
        .isEqualTo(new NotMet("a1; a2; l1"));
  }

  @Test
  void anEmptyAnyListNeverHoldsButAnAbsentOneIsSkipped() {
    assertThat(Conditions.evaluate(ConditionBlock.anyOf(List.of()))).isEqualTo(new NotMet(""));
    assertThat(Conditions.evaluate(ConditionBlock.allOf(List.of()))).isEqualTo(new Met(""));
    assertThat(Conditions.evaluate(new ConditionBlock(null, null))).isEqualTo(new Met(""));
  }

  @Test
  void anUnknownOperatorIsAnErrorWithKyvernosText() {
    Condition unknown = new Condition(json("'a'"), "Contains", json("'a'"), "m");
    assertThat(Conditions.evaluate(unknown))
        .isEqualTo(new EvalError("failed to create handler for condition operator: %!w(<nil>)"));
    assertThat(Conditions.evaluate(ConditionBlock.allOf(List.of(check(true, "a"), unknown))))
        .isEqualTo(new EvalError(Conditions.UNKNOWN_OPERATOR));
  }

  @Test
  void conditionsAfterTheDecidingOneAreNotEvaluated() {
    Condition unknown = new Condition(json("'a'"), "Contains", json("'a'"), "m");
    assertThat(Conditions.evaluate(ConditionBlock.anyOf(List.of(check(true, "a"), unknown))))
        .isEqualTo(new Met("a"));
    assertThat(Conditions.evaluate(ConditionBlock.allOf(List.of(check(false, "a"), unknown))))
        .isEqualTo(new NotMet("a"));
  }

  @Test
  void anErrorInTheAnyListStopsBeforeTheAllList() {
    Condition unknown = new Condition(json("'a'"), "Contains", json("'a'"), "m");
    assertThat(
            Conditions.evaluate(
                ConditionBlock.of(List.of(check(false, "a"), unknown), List.of(check(false, "l")))))
        .isInstanceOf(EvalError.class);
  }

  @Test
  void substitutesOnlyTheConditionsItReachesKeyFirst() {
    List<String> substituted = new ArrayList<>();
    Substitution recording =
        raw -> {
          substituted.add(raw.stringValue());
          if (raw.stringValue().startsWith("{{")) {
            throw new SubstitutionException("failed to resolve " + raw.stringValue());
          }
          return raw;
        };
    ConditionBlock block =
        ConditionBlock.anyOf(
            List.of(
                new Condition(json("'k1'"), "Equals", json("'k1'"), ""),
                new Condition(json("'{{ missing }}'"), "Equals", json("'v2'"), "")));

    assertThat(Conditions.evaluate(block, recording)).isEqualTo(new Met(""));
    assertThat(substituted).containsExactly("k1", "k1");
  }

  @Test
  void prefixesSubstitutionErrorsAsKyvernoDoes() {
    Substitution failing =
        raw -> {
          if (raw.stringValue().startsWith("{{")) {
            throw new SubstitutionException("failed to resolve x at path ");
          }
          return raw;
        };
    assertThat(
            Conditions.evaluate(
                new Condition(json("'{{ x }}'"), "Nonsense", json("'v'"), "m"), failing))
        .isEqualTo(
            new EvalError(
                "failed to substitute variables in condition key: failed to resolve x at path "));
    assertThat(
            Conditions.evaluate(
                new Condition(json("'k'"), "Equals", json("'{{ x }}'"), ""), failing))
        .isEqualTo(
            new EvalError(
                "failed to substitute variables in condition value: failed to resolve x at path "));
  }

  @Test
  void substitutedValuesAreWhatIsCompared() {
    Substitution resolve =
        raw -> raw.isString() && raw.stringValue().equals("{{ replicas }}") ? json("3") : raw;
    Condition condition = new Condition(json("'{{ replicas }}'"), "GreaterThan", json("2"), "");
    assertThat(Conditions.evaluate(condition, resolve).isMet()).isTrue();
    assertThat(Conditions.evaluate(condition).isMet()).isFalse();
  }

  @Test
  void aSingleConditionCarriesItsMessageEitherWay() {
    assertThat(Conditions.evaluate(check(true, "m"))).isEqualTo(new Met("m"));
    assertThat(Conditions.evaluate(check(false, "m"))).isEqualTo(new NotMet("m"));
  }

  @Test
  void theLegacyListNeedsEveryConditionAndJoinsWithoutASpace() {
    assertThat(
            Conditions.evaluateLegacy(
                List.of(check(true, "a"), check(true, ""), check(true, "b")), Substitution.NONE))
        .isEqualTo(new Met("a;b"));
    assertThat(
            Conditions.evaluateLegacy(
                List.of(check(true, "a"), check(false, ""), check(false, "c")), Substitution.NONE))
        .isEqualTo(new NotMet(""));
    assertThat(Conditions.evaluateLegacy(List.of(), Substitution.NONE)).isEqualTo(new Met(""));
  }

  @Test
  void severalBlocksJoinTheirMessagesWithoutASpace() {
    ConditionBlock first = ConditionBlock.allOf(List.of(check(true, "a"), check(true, "b")));
    ConditionBlock second = ConditionBlock.anyOf(List.of(check(true, "c")));
    ConditionBlock failing = ConditionBlock.anyOf(List.of(check(false, "d"), check(false, "e")));

    assertThat(Conditions.evaluateAll(List.of(first, second), Substitution.NONE))
        .isEqualTo(new Met("a; b;c"));
    assertThat(Conditions.evaluateAll(List.of(first, failing, second), Substitution.NONE))
        .isEqualTo(new NotMet("d; e"));
  }

  @Test
  void blocksCopyTheirLists() {
    List<Condition> all = new ArrayList<>(List.of(check(true, "a")));
    ConditionBlock block = new ConditionBlock(Optional.empty(), all);
    all.add(check(false, "b"));
    assertThat(Conditions.evaluate(block)).isEqualTo(new Met("a"));
  }

  @Test
  void missingKeysAndValuesAreNull() {
    Condition condition = new Condition(null, "Equals", (JsonNode) null, null);
    assertThat(condition.key().isNull()).isTrue();
    assertThat(condition.message()).isEmpty();
    assertThat(Conditions.evaluate(condition)).isEqualTo(new NotMet(""));
  }
}
