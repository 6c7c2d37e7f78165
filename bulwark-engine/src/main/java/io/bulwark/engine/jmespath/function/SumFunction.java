package io.bulwark.engine.jmespath.function;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code sum(array)}: Kyverno's replacement for the standard {@code sum}, adding numbers,
 * quantities or durations left to right with {@code add}'s rules. A one-element array gives its
 * element back untouched, whatever it is, as Kyverno does.
 */
final class SumFunction extends BaseFunction {

  SumFunction() {
    super(
        "sum",
        "any",
        "adds up an array of numbers, quantities or durations",
        ARRAY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode items = arguments.get(0);
    if (!items.isArray()) {
      throw KyvernoErrors.typeMismatch(name());
    }
    if (items.isEmpty()) {
      throw KyvernoErrors.generic(name(), "at least one element in the array is required");
    }
    JsonNode result = items.get(0);
    for (int i = 1; i < items.size(); i++) {
      Optional<Operand> left = Operand.of(result);
      Optional<Operand> right = Operand.of(items.get(i));
      if (left.isEmpty() || right.isEmpty()) {
        throw KyvernoErrors.invalidOperands(name());
      }
      // Intermediate quantities and durations are strings and are parsed again, as in Kyverno.
      result = AddFunction.add(left.get(), right.get(), name());
    }
    return result;
  }
}
