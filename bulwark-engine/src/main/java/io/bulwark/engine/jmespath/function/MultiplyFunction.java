package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.function.Operand.Amount;
import io.bulwark.engine.jmespath.function.Operand.Scalar;
import io.bulwark.engine.jmespath.function.Operand.Span;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code multiply(a, b)}: number × number, or a quantity or duration times a number (either
 * order). Two quantities or two durations are a {@code Types mismatch}.
 */
final class MultiplyFunction extends BaseFunction {

  MultiplyFunction() {
    super(
        "multiply",
        "any",
        "multiplies two numbers, or a quantity or a duration by a number",
        ANY,
        ANY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    Operand[] operands = Operand.pair(name(), arguments);
    // Kyverno's scalar * x is x * scalar.
    boolean swap = operands[0] instanceof Scalar && !(operands[1] instanceof Scalar);
    Operand left = swap ? operands[1] : operands[0];
    Operand right = swap ? operands[0] : operands[1];
    return switch (left) {
      case Scalar(double a) when right instanceof Scalar(double b) -> JsonValues.number(a * b);
      case Amount(KubeQuantity q) when right instanceof Scalar(double factor) -> {
        var product = q.value().multiply(KubeQuantity.ofScalar(factor).value());
        yield JsonValues.text(new KubeQuantity(product, q.format()).canonical());
      }
      case Span span when right instanceof Scalar(double factor) ->
          JsonValues.text(GoDurations.format(Operand.nanosOf(span.seconds() * factor)));
      default -> throw KyvernoErrors.typeMismatch(name());
    };
  }
}
