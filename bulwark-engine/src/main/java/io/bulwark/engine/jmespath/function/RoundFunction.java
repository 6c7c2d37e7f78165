package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code round(value, digits)}: {@code value} rounded half away from zero to {@code digits}
 * fractional digits, computed in float64 as Kyverno does ({@code round(x*10^d)/10^d}).
 */
final class RoundFunction extends BaseFunction {

  RoundFunction() {
    super(
        "round",
        "number",
        "rounds a number to the given count of decimal places",
        NUMBER,
        NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    double value = Args.number(name(), arguments, 0);
    double digits = Args.number(name(), arguments, 1);
    long places;
    try {
      places = GoInts.wholeNumber(digits);
    } catch (GoInts.NotWhole notWhole) {
      throw KyvernoErrors.nonIntegerRound(name());
    }
    if (places < 0) {
      throw KyvernoErrors.argumentOutOfBounds(name());
    }
    double shift = Math.pow(10, places);
    return JsonValues.number(roundHalfAwayFromZero(value * shift) / shift);
  }

  /** Go's {@code math.Round}. */
  static double roundHalfAwayFromZero(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double magnitude = Math.abs(x);
    double whole = Math.floor(magnitude);
    if (magnitude - whole >= 0.5) {
      whole += 1;
    }
    return Math.copySign(whole, x);
  }
}
