package io.bulwark.engine.conditions;

import static java.util.Objects.requireNonNull;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * One condition of a precondition, deny or exception block: {@code key}, {@code operator}, {@code
 * value} and {@code message}. The operator stays text so that an unknown name becomes an evaluation
 * error only when Kyverno would evaluate the condition.
 *
 * @param key the key; Java null means JSON null (Kyverno's absent key)
 * @param operator the operator name as written, matched case-insensitively
 * @param value the value; Java null means JSON null
 * @param message the condition's message, empty when it has none
 */
public record Condition(JsonNode key, String operator, JsonNode value, String message) {

  public Condition {
    key = key == null ? NullNode.getInstance() : key;
    requireNonNull(operator, "operator");
    value = value == null ? NullNode.getInstance() : value;
    message = message == null ? "" : message;
  }

  /** A condition without a message. */
  public static Condition of(JsonNode key, String operator, JsonNode value) {
    return new Condition(key, operator, value, "");
  }
}
