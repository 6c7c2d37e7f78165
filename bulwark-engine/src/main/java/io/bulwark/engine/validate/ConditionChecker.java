package io.bulwark.engine.validate;

import io.bulwark.engine.conditions.Condition;
import io.bulwark.engine.conditions.ConditionBlock;
import io.bulwark.engine.conditions.ConditionOutcome;
import io.bulwark.engine.conditions.Conditions;
import io.bulwark.engine.conditions.Substitution;
import io.bulwark.engine.cache.WeakIdentityCache;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a preconditions / deny conditions block from the policy's JSON ({@code {any, all}} or the
 * legacy list) and evaluates it with {@link Conditions}, substituting each condition's key and
 * value in the rule's context only when that condition is reached, as Kyverno does. Condition
 * messages are substituted too (a message that does not resolve is kept as written).
 */
public final class ConditionChecker {

  /** Whether the block held, and Kyverno's message for the outcome. */
  public record Outcome(boolean holds, String message) {}

  /** Thrown when a condition cannot be evaluated; the message is Kyverno's. */
  public static final class ConditionException extends RuntimeException {
    public ConditionException(String message) {
      super(message);
    }
  }

  /** Throws {@link ConditionException} when a condition cannot be evaluated. */
  public Outcome check(JsonNode block, JsonContext context) {
    if (block == null || block.isNull() || block.isMissingNode()) {
      return new Outcome(true, "");
    }
    Substitution substitution = raw -> {
      try {
        return Variables.substituteAll(raw, context);
      } catch (RuntimeException e) {
        throw new io.bulwark.engine.conditions.SubstitutionException(e.getMessage());
      }
    };
    Parsed parsed = PARSED.get(block);
    ConditionOutcome outcome;
    if (block.isArray()) {
      outcome = Conditions.evaluateLegacy(parsed.messagesHaveVariables() ? conditions(block, context) : parsed.legacy(),
          substitution);
    } else {
      outcome = Conditions.evaluate(parsed.messagesHaveVariables() ? block(block, context) : parsed.block(),
          substitution);
    }
    if (outcome instanceof ConditionOutcome.EvalError error) {
      throw new ConditionException(error.message());
    }
    return new Outcome(outcome.isMet(), outcome.message());
  }

  /**
   * A block as the policy writes it, read once: conditions whose messages hold no variable are the
   * same on every evaluation. Blocks handed in are the policy's own and are never changed.
   */
  private record Parsed(ConditionBlock block, List<Condition> legacy, boolean messagesHaveVariables) {

    static Parsed of(JsonNode block) {
      boolean variables = block.findValues("message").stream()
          .anyMatch(message -> Variables.containsVariable(message.asString("")));
      JsonContext none = JsonContext.empty();
      return block.isArray()
          ? new Parsed(null, List.copyOf(conditions(block, none)), variables)
          : new Parsed(ConditionChecker.block(block, none), List.of(), variables);
    }
  }

  private static final WeakIdentityCache<JsonNode, Parsed> PARSED = new WeakIdentityCache<>(Parsed::of, 16_384);

  private static ConditionBlock block(JsonNode block, JsonContext context) {
    JsonNode any = block.get("any");
    Optional<List<Condition>> anyConditions = any == null || any.isNull()
        ? Optional.empty() : Optional.of(conditions(any, context));
    JsonNode all = block.get("all");
    List<Condition> allConditions = all == null || all.isNull() ? List.of() : conditions(all, context);
    return new ConditionBlock(anyConditions, allConditions);
  }

  private static List<Condition> conditions(JsonNode list, JsonContext context) {
    var out = new ArrayList<Condition>();
    for (JsonNode condition : list) {
      out.add(new Condition(condition.get("key"), condition.path("operator").asString(""), condition.get("value"),
          message(condition.path("message").asString(""), context)));
    }
    return out;
  }

  private static String message(String message, JsonContext context) {
    if (!Variables.containsVariable(message)) {
      return message;
    }
    try {
      JsonNode substituted = Variables.substitute(message, context, "");
      return substituted.isString() ? substituted.stringValue() : substituted.toString();
    } catch (RuntimeException e) {
      return message;
    }
  }
}
