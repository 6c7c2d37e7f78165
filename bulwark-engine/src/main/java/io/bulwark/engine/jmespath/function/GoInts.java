package io.bulwark.engine.jmespath.function;

/** Go's conversions between float64 and integers, as Kyverno applies them to JSON numbers. */
final class GoInts {

  private static final double TWO_POW_63 = 0x1p63;

  private GoInts() {}

  /**
   * {@code int64(f)} as Go compiles it on amd64: truncation toward zero, and the most negative
   * int64 for NaN and anything outside the int64 range.
   */
  static long toInt64(double value) {
    if (Double.isNaN(value) || value >= TWO_POW_63 || value < -TWO_POW_63) {
      return Long.MIN_VALUE;
    }
    return (long) value;
  }

  /**
   * Kyverno's {@code intNumber}: the value as an int when it is a whole number in range, else the
   * error text Kyverno reports ({@code expected an integer number but got: 1.5}).
   */
  static long wholeNumber(double value) throws NotWhole {
    if (Double.isNaN(value) || Double.isInfinite(value) || value != truncate(value)) {
      throw new NotWhole("expected an integer number but got: " + GoFloats.formatG(value));
    }
    long whole = toInt64(value);
    if ((double) whole != value) {
      throw new NotWhole(
          "number is outside the range of integer numbers: " + GoFloats.formatG(value));
    }
    return whole;
  }

  private static double truncate(double value) {
    return value < 0 ? Math.ceil(value) : Math.floor(value);
  }

  /** A number that {@link #wholeNumber} rejects, with Kyverno's reason. */
  static final class NotWhole extends Exception {
    NotWhole(String message) {
      super(message, null, false, false);
    }
  }
}
