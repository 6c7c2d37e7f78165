package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.function.Operand.Amount;
import io.bulwark.engine.jmespath.function.Operand.Scalar;
import io.bulwark.engine.jmespath.function.Operand.Span;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code modulo(a, b)}: the remainder of two whole numbers, two whole quantities (printed in the
 * first one's format) or two durations. The remainder has the sign of {@code a}, as in Go.
 */
final class ModuloFunction extends BaseFunction {

  ModuloFunction() {
    super(
        "modulo",
        "any",
        "the remainder of two whole numbers, quantities or durations; the divisor must not be"
            + " zero",
        ANY,
        ANY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    Operand[] operands = Operand.pair(name(), arguments);
    Operand right = operands[1];
    return switch (operands[0]) {
      case Scalar(double a) when right instanceof Scalar(double b) ->
          JsonValues.number(remainder(a, b));
      case Amount(KubeQuantity a) when right instanceof Amount(KubeQuantity b) -> {
        long r = remainder(a.approximateFloat64(), b.approximateFloat64());
        yield JsonValues.text(new KubeQuantity(BigDecimal.valueOf(r), a.format()).canonical());
      }
      case Span(long a) when right instanceof Span(long b) -> {
        if (b == 0) {
          throw KyvernoErrors.zeroDivisor(name());
        }
        yield JsonValues.text(GoDurations.format(a % b));
      }
      default -> throw KyvernoErrors.typeMismatch(name());
    };
  }

  private long remainder(double a, double b) {
    long x = GoInts.toInt64(a);
    long y = GoInts.toInt64(b);
    if (a != (double) x || b != (double) y) {
      throw KyvernoErrors.nonIntegerModulo(name());
    }
    if (y == 0) {
      throw KyvernoErrors.zeroDivisor(name());
    }
    return x % y;
  }
}
