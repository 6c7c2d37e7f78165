package io.bulwark.engine.validate;

import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.variables.SubstitutionException;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Evaluates preconditions and deny conditions as Kyverno does: an {@code any} block holds when one
 * condition holds, an {@code all} block when every one does, both together when both hold, and the
 * legacy list form is an {@code all}. Each condition's key and value are substituted only when it
 * is reached, so a condition after a deciding one may name a variable that does not resolve.
 * Messages of the conditions that did not hold are kept for the rule's message.
 */
public final class ConditionChecker {

  /** The single-condition operator semantics (key operator value, already substituted). */
  @FunctionalInterface
  public interface Operators {
    boolean evaluate(String operator, JsonNode key, JsonNode value);
  }

  /** Whether the block held, and the messages of the conditions that did not. */
  public record Outcome(boolean holds, List<String> messages) {
    public String joinedMessages() {
      return String.join("; ", messages);
    }
  }

  private final Operators operators;

  public ConditionChecker(Operators operators) {
    this.operators = operators;
  }

  /** Throws {@link ConditionException} when a condition cannot be evaluated. */
  public Outcome check(JsonNode block, JsonContext context) {
    if (block == null || block.isNull()) {
      return new Outcome(true, List.of());
    }
    var messages = new ArrayList<String>();
    if (block.isArray()) {
      return new Outcome(all(block, context, messages), messages);
    }
    boolean anyHolds = true;
    JsonNode any = block.get("any");
    if (any != null && any.isArray() && !any.isEmpty()) {
      anyHolds = false;
      for (JsonNode condition : any) {
        if (holds(condition, context, messages)) {
          anyHolds = true;
          break;
        }
      }
      if (anyHolds) {
        messages.clear();
      }
    }
    JsonNode all = block.get("all");
    boolean allHolds = all == null || !all.isArray() || all(all, context, messages);
    return new Outcome(anyHolds && allHolds, messages);
  }

  private boolean all(JsonNode conditions, JsonContext context, List<String> messages) {
    for (JsonNode condition : conditions) {
      if (!holds(condition, context, messages)) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(JsonNode condition, JsonContext context, List<String> messages) {
    JsonNode key;
    try {
      key = Variables.substituteAll(condition.path("key"), context);
    } catch (SubstitutionException e) {
      throw new ConditionException("failed to substitute variables in condition key: " + e.getMessage(), e);
    }
    JsonNode value;
    try {
      value = Variables.substituteAll(condition.path("value"), context);
    } catch (SubstitutionException e) {
      throw new ConditionException("failed to substitute variables in condition value: " + e.getMessage(), e);
    }
    String operator = condition.path("operator").asString("");
    boolean result = operators.evaluate(operator, key, value);
    if (!result && condition.hasNonNull("message")) {
      JsonNode message;
      try {
        message = Variables.substituteAll(condition.get("message"), context);
      } catch (SubstitutionException e) {
        message = StringNode.valueOf(condition.get("message").asString(""));
      }
      String text = message.isString() ? message.stringValue() : message.toString();
      if (!text.isEmpty()) {
        messages.add(text);
      }
    }
    return result;
  }

  /** A condition that could not be evaluated; the message says which part and why. */
  public static final class ConditionException extends RuntimeException {
    public ConditionException(String message, Throwable cause) {
      super(message, cause);
    }

    public ConditionException(String message) {
      super(message);
    }
  }
}
