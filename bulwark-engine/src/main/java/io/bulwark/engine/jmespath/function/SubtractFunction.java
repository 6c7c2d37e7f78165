package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.function.Operand.Amount;
import io.bulwark.engine.jmespath.function.Operand.Scalar;
import io.bulwark.engine.jmespath.function.Operand.Span;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code subtract(a, b)}: number - number, quantity - quantity or duration - duration; mixing
 * kinds is a {@code Types mismatch}.
 */
final class SubtractFunction extends BaseFunction {

  SubtractFunction() {
    super(
        "subtract",
        "any",
        "subtracts two numbers, two quantities or two durations",
        ANY,
        ANY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    Operand[] operands = Operand.pair(name(), arguments);
    Operand right = operands[1];
    return switch (operands[0]) {
      case Scalar(double a) when right instanceof Scalar(double b) -> JsonValues.number(a - b);
      case Amount(KubeQuantity a) when right instanceof Amount(KubeQuantity b) ->
          JsonValues.text(AddFunction.combine(a, b, a.value().subtract(b.value())).canonical());
      case Span(long a) when right instanceof Span(long b) ->
          JsonValues.text(GoDurations.format(a - b));
      default -> throw KyvernoErrors.typeMismatch(name());
    };
  }
}
