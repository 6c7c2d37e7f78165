package io.bulwark.engine.conditions;

import static java.util.Objects.requireNonNull;

import io.bulwark.engine.conditions.ConditionOutcome.EvalError;
import io.bulwark.engine.conditions.ConditionOutcome.Met;
import io.bulwark.engine.conditions.ConditionOutcome.NotMet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates conditions the way Kyverno's {@code pkg/engine/variables/evaluate.go} does, messages
 * included.
 *
 * <p>In a {@link ConditionBlock}, the {@code any} list stops at the first condition that holds and
 * the {@code all} list at the first that does not; both lists are evaluated even when the first
 * already failed. The block holds when {@code any} (if present) and {@code all} hold. Its message
 * joins the non-empty messages of the conditions evaluated, with {@code "; "}:
 *
 * <ul>
 *   <li>when the block holds: the message of the {@code any} condition that held, then those of
 *       every {@code all} condition;
 *   <li>when it does not: those of the {@code any} conditions that failed before one held (or all
 *       of them), then the one of the {@code all} condition that failed. So a block whose {@code
 *       any} held but whose {@code all} failed still reports the {@code any} conditions that failed
 *       first.
 * </ul>
 *
 * <p>An error (an unknown operator, or a {@link Substitution} failure) ends the evaluation at once,
 * without a message from the conditions. Only conditions that are reached are substituted and
 * checked, so an unknown operator after a condition that settled an {@code any} list goes
 * unnoticed, as in Kyverno.
 *
 * <pre>{@code
 * var block = ConditionBlock.allOf(List.of(
 *     new Condition(key, "AnyIn", value, "namespace is not allowed")));
 * ConditionOutcome outcome = Conditions.evaluate(block);
 * if (!outcome.isMet()) { ... outcome.message() ... }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Conditions {

  /** Kyverno wraps a nil error here, so Go prints {@code %!w(<nil>)}. */
  static final String UNKNOWN_OPERATOR =
      "failed to create handler for condition operator: %!w(<nil>)";

  private Conditions() {}

  /** One condition with already substituted values: its outcome carries its own message. */
  public static ConditionOutcome evaluate(Condition condition) {
    return evaluate(condition, Substitution.NONE);
  }

  /**
   * One condition: substitutes the key, then the value, then looks up the operator (Kyverno's
   * {@code Evaluate}). Met and NotMet carry the condition's message.
   */
  public static ConditionOutcome evaluate(Condition condition, Substitution substitution) {
    requireNonNull(substitution, "substitution");
    JsonNode key;
    try {
      key = substitution.substitute(condition.key());
    } catch (SubstitutionException e) {
      return new EvalError("failed to substitute variables in condition key: " + e.getMessage());
    }
    JsonNode value;
    try {
      value = substitution.substitute(condition.value());
    } catch (SubstitutionException e) {
      return new EvalError("failed to substitute variables in condition value: " + e.getMessage());
    }
    Optional<ConditionOperator> operator = ConditionOperator.parse(condition.operator());
    if (operator.isEmpty()) {
      return new EvalError(UNKNOWN_OPERATOR);
    }
    return operator.get().evaluate(key, value)
        ? new Met(condition.message())
        : new NotMet(condition.message());
  }

  /** An {@code any}/{@code all} block with already substituted values. */
  public static ConditionOutcome evaluate(ConditionBlock block) {
    return evaluate(block, Substitution.NONE);
  }

  /** An {@code any}/{@code all} block (Kyverno's {@code evaluateAnyAllConditions}). */
  public static ConditionOutcome evaluate(ConditionBlock block, Substitution substitution) {
    List<String> metMessages = new ArrayList<>();
    List<String> notMetMessages = new ArrayList<>();
    boolean anyHolds = true;
    if (block.any().isPresent()) {
      anyHolds = false;
      for (Condition condition : block.any().get()) {
        ConditionOutcome outcome = evaluate(condition, substitution);
        if (outcome instanceof EvalError) {
          return outcome;
        }
        if (outcome.isMet()) {
          anyHolds = true;
          metMessages.add(outcome.message());
          break;
        }
        notMetMessages.add(outcome.message());
      }
    }
    boolean allHold = true;
    for (Condition condition : block.all()) {
      ConditionOutcome outcome = evaluate(condition, substitution);
      if (outcome instanceof EvalError) {
        return outcome;
      }
      if (!outcome.isMet()) {
        allHold = false;
        notMetMessages.add(outcome.message());
        break;
      }
      metMessages.add(outcome.message());
    }
    return anyHolds && allHold
        ? new Met(joinNonEmpty(metMessages, "; "))
        : new NotMet(joinNonEmpty(notMetMessages, "; "));
  }

  /**
   * Several blocks with already substituted values; see {@link #evaluateAll(List, Substitution)}.
   */
  public static ConditionOutcome evaluateAll(List<ConditionBlock> blocks) {
    return evaluateAll(blocks, Substitution.NONE);
  }

  /**
   * Several blocks, all of which must hold (Kyverno's {@code EvaluateAnyAllConditions}): the first
   * block that does not hold gives its message; when all hold, their messages are joined with
   * {@code ";"}, without a space.
   */
  public static ConditionOutcome evaluateAll(
      List<ConditionBlock> blocks, Substitution substitution) {
    List<String> messages = new ArrayList<>();
    for (ConditionBlock block : blocks) {
      ConditionOutcome outcome = evaluate(block, substitution);
      if (!outcome.isMet()) {
        return outcome;
      }
      messages.add(outcome.message());
    }
    return new Met(joinNonEmpty(messages, ";"));
  }

  /**
   * The legacy flat list with already substituted values; see {@link #evaluateLegacy(List,
   * Substitution)}.
   */
  public static ConditionOutcome evaluateLegacy(List<Condition> conditions) {
    return evaluateLegacy(conditions, Substitution.NONE);
  }

  /**
   * The legacy flat list of conditions, all of which must hold (Kyverno's {@code
   * evaluateOldConditions}): the first condition that does not hold gives its own message, empty or
   * not; when all hold, their messages are joined with {@code ";"}, without a space.
   */
  public static ConditionOutcome evaluateLegacy(
      List<Condition> conditions, Substitution substitution) {
    List<String> messages = new ArrayList<>();
    for (Condition condition : conditions) {
      ConditionOutcome outcome = evaluate(condition, substitution);
      if (!outcome.isMet()) {
        return outcome;
      }
      messages.add(outcome.message());
    }
    return new Met(joinNonEmpty(messages, ";"));
  }

  /** Kyverno's {@code stringutils.JoinNonEmpty}. */
  private static String joinNonEmpty(List<String> messages, String separator) {
    StringBuilder joined = null;
    String only = "";
    for (String message : messages) {
      if (message.isEmpty()) {
        continue;
      }
      if (only.isEmpty() && joined == null) {
        only = message;
      } else {
        if (joined == null) {
          joined = new StringBuilder(only);
        }
        joined.append(separator).append(message);
      }
    }
    return joined == null ? only : joined.toString();
  }
}
