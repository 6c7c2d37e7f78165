package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.function.Operand.Amount;
import io.bulwark.engine.jmespath.function.Operand.Scalar;
import io.bulwark.engine.jmespath.function.Operand.Span;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code add(a, b)}: number + number, quantity + quantity ({@code '1Gi'} + {@code '512Mi'} =
 * {@code '1536Mi'}, printed in the first operand's format) or duration + duration ({@code '1h'} +
 * {@code '30m'} = {@code '1h30m0s'}). Mixing kinds is a {@code Types mismatch}.
 */
final class AddFunction extends BaseFunction {

  AddFunction() {
    super(
        "add",
        "any",
        "adds two numbers, two quantities or two durations",
        ANY,
        ANY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    Operand[] operands = Operand.pair(name(), arguments);
    return add(operands[0], operands[1], name());
  }

  /** The sum; {@code function} names the caller in errors ({@code add} or {@code sum}). */
  static JsonNode add(Operand left, Operand right, String function) {
    return switch (left) {
      case Scalar(double a) when right instanceof Scalar(double b) -> JsonValues.number(a + b);
      case Amount(KubeQuantity a) when right instanceof Amount(KubeQuantity b) ->
          JsonValues.text(combine(a, b, a.value().add(b.value())).canonical());
      case Span(long a) when right instanceof Span(long b) ->
          JsonValues.text(GoDurations.format(a + b));
      default -> throw KyvernoErrors.typeMismatch(function);
    };
  }

  /**
   * Kubernetes' {@code Add} and {@code Sub} keep the receiver's format, except that a zero
   * receiver takes the other operand's.
   */
  static KubeQuantity combine(KubeQuantity receiver, KubeQuantity other, java.math.BigDecimal sum) {
    var format = receiver.value().signum() == 0 ? other.format() : receiver.format();
    return new KubeQuantity(sum, format);
  }
}
