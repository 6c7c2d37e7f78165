package io.bulwark.engine.pattern;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Go's {@code strconv} number parsing and float-to-int conversion, as Kyverno relies on them. */
public final class GoNumbers {

  private static final Pattern DECIMAL_INT = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern HEX_FLOAT =
      Pattern.compile(
          "[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+");
  private static final double TWO_POW_63 = 0x1p63;

  private GoNumbers() {}

  /** {@code strconv.ParseInt(s, 10, 64)}: ASCII digits with an optional sign, in int64 range. */
  public static OptionalLong parseInt(String s) {
    if (!DECIMAL_INT.matcher(s).matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(s));
    } catch (NumberFormatException outOfRange) {
      return OptionalLong.empty();
    }
  }

  /**
   * {@code strconv.ParseFloat(s, 64)} for finite results: decimal and hexadecimal forms. Go's
   * {@code inf} and {@code nan} spellings and its underscore digit separators are reported as
   * unparsable; neither can ever equal a JSON number, so no comparison changes.
   */
  public static OptionalDouble parseFloat(String s) {
    if (!DECIMAL_FLOAT.matcher(s).matches() && !HEX_FLOAT.matcher(s).matches()) {
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(s);
    // Go reports out-of-range values as an error, which Kyverno treats as "no match".
    return Double.isInfinite(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * Go's {@code int64(f)} on amd64: truncation toward zero, and the most negative int64 for
   * anything outside the int64 range.
   */
  public static long toInt64(double d) {
    if (Double.isNaN(d) || d >= TWO_POW_63 || d < -TWO_POW_63) {
      return Long.MIN_VALUE;
    }
    return (long) d;
  }

  /** Whether {@code d} has no fractional part ({@code d == math.Trunc(d)}). */
  public static boolean isIntegral(double d) {
    return d == (d < 0 ? Math.ceil(d) : Math.floor(d));
  }
}
