package io.bulwark.engine.jmespath.function;

import java.math.BigDecimal;

/** Go's float-to-text conversions that Kyverno's functions print numbers with. */
final class GoFloats {

  private GoFloats() {}

  /**
   * {@code strconv.FormatFloat(f, 'f', -1, 32)}: the value rounded to float32, in the fewest digits
   * that read back as that float32, never in exponent form.
   */
  static String formatFloat32(double value) {
    float single = (float) value;
    if (Float.isNaN(single)) {
      return "NaN";
    }
    if (Float.isInfinite(single)) {
      return single > 0 ? "+Inf" : "-Inf";
    }
    if (single == 0) {
      return (Float.floatToRawIntBits(single) < 0) ? "-0" : "0";
    }
    // Float.toString gives the shortest round-tripping digits (JDK 19+), possibly as 1.0E10.
    return new BigDecimal(Float.toString(single)).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code fmt.Sprintf("%v", f)} for a float64: shortest digits, exponent form below 1e-4 and from
   * 1e6 on ({@code 1e+06}, {@code 1.5e-05}, {@code 123456}).
   */
  static String formatG(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return (Double.doubleToRawLongBits(value) < 0) ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int exponent = exact.precision() - exact.scale() - 1;
    if (exponent < -4 || exponent >= 6) {
      String digits = exact.unscaledValue().abs().toString();
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String sign = exact.signum() < 0 ? "-" : "";
      String exponentSign = exponent < 0 ? "-" : "+";
      int magnitude = Math.abs(exponent);
      return sign
          + mantissa
          + "e"
          + exponentSign
          + (magnitude < 10 ? "0" : "")
          + magnitude;
    }
    return exact.toPlainString();
  }
}
