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
 * messages are returned as written: Kyverno substitutes them only inside a deny rule's message
 * (so a preconditions skip shows them raw).
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
    ConditionOutcome outcome = block.isArray()
        ? Conditions.evaluateLegacy(parsed.legacy(), substitution)
        : Conditions.evaluate(parsed.block(), substitution);
    if (outcome instanceof ConditionOutcome.EvalError error) {
      throw new ConditionException(error.message());
    }
    return new Outcome(outcome.isMet(), outcome.message());
  }

  /**
   * A block as the policy writes it, read once per policy object: conditions are the same on every
   * evaluation (their messages are not substituted). Blocks handed in are the policy's own and are
   * never changed.
   */
  private record Parsed(ConditionBlock block, List<Condition> legacy) {
    static Parsed of(JsonNode block) {
      return block.isArray()
          ? new Parsed(null, List.copyOf(conditions(block)))
          : new Parsed(ConditionChecker.block(block), List.of());
    }
  }

  private static final WeakIdentityCache<JsonNode, Parsed> PARSED = new WeakIdentityCache<>(Parsed::of, 16_384);

  private static ConditionBlock block(JsonNode block) {
    JsonNode any = block.get("any");
    Optional<List<Condition>> anyConditions = any == null || any.isNull()
        ? Optional.empty() : Optional.of(conditions(any));
    JsonNode all = block.get("all");
    List<Condition> allConditions = all == null || all.isNull() ? List.of() : conditions(all);
    return new ConditionBlock(anyConditions, allConditions);
  }

  private static List<Condition> conditions(JsonNode list) {
    var out = new ArrayList<Condition>();
    for (JsonNode condition : list) {
      out.add(new Condition(condition.get("key"), condition.path("operator").asString(""), condition.get("value"),
          condition.path("message").asString("")));
    }
    return out;
  }
}
