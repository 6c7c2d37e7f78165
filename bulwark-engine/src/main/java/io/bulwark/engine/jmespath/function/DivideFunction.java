package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.function.Operand.Amount;
import io.bulwark.engine.jmespath.function.Operand.Scalar;
import io.bulwark.engine.jmespath.function.Operand.Span;
import java.math.RoundingMode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code divide(a, b)}: number / number; quantity / quantity and duration / duration give a
 * number; quantity / number gives a quantity, truncated to the larger scale of the two (so {@code
 * divide('10', `3`)} is {@code '3'}); duration / number gives a duration. A zero divisor is an
 * error.
 */
final class DivideFunction extends BaseFunction {

  DivideFunction() {
    super(
        "divide",
        "any",
        "divides numbers, quantities or durations; the divisor must not be zero",
        ANY,
        ANY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    Operand[] operands = Operand.pair(name(), arguments);
    Operand right = operands[1];
    return switch (operands[0]) {
      case Scalar(double a) when right instanceof Scalar(double b) -> {
        checkDivisor(b == 0);
        yield JsonValues.number(a / b);
      }
      case Amount(KubeQuantity a) when right instanceof Amount(KubeQuantity b) -> {
        double divisor = b.approximateFloat64();
        checkDivisor(divisor == 0);
        yield JsonValues.number(a.approximateFloat64() / divisor);
      }
      case Amount(KubeQuantity a) when right instanceof Scalar(double b) -> {
        checkDivisor(b == 0);
        var divisor = KubeQuantity.ofScalar(b).value();
        int scale = Math.max(a.value().scale(), divisor.scale());
        var quotient = a.value().divide(divisor, scale, RoundingMode.DOWN);
        yield JsonValues.text(new KubeQuantity(quotient, a.format()).canonical());
      }
      case Span a when right instanceof Span b -> {
        checkDivisor(b.seconds() == 0);
        yield JsonValues.number(a.seconds() / b.seconds());
      }
      case Span a when right instanceof Scalar(double b) -> {
        checkDivisor(b == 0);
        yield JsonValues.text(GoDurations.format(Operand.nanosOf(a.seconds() / b)));
      }
      default -> throw KyvernoErrors.typeMismatch(name());
    };
  }

  private void checkDivisor(boolean zero) {
    if (zero) {
      throw KyvernoErrors.zeroDivisor(name());
    }
  }
}
