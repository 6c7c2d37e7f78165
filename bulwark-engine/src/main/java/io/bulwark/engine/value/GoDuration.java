package io.bulwark.engine.value;

import java.util.Map;
import java.util.Optional;

/**
 * A duration as Go's {@code time.ParseDuration} reads it: a signed sequence of decimal numbers,
 * each with an optional fraction and a unit, such as {@code 300ms}, {@code -1.5h} or {@code
 * 2h45m}. Units are {@code ns}, {@code us} ({@code µs}, {@code μs}), {@code ms}, {@code s}, {@code
 * m} and {@code h}. A bare {@code 0} (optionally signed) is the only unit-less value accepted.
 *
 * <p>The value is held in nanoseconds, as Go's {@code time.Duration}. Anything Go rejects,
 * including values outside the signed 64-bit nanosecond range, parses to empty. Fractions are
 * converted with Go's float64 arithmetic, so {@code 1.0000000001s} is as exact here as in Go.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * GoDuration.parse("10m").orElseThrow().nanos()   // 600_000_000_000
 * GoDuration.parse("10").isEmpty()                // true: a unit is required
 * }</pre>
 *
 * @param nanos the duration in nanoseconds
 */
public record GoDuration(long nanos) implements Comparable<GoDuration> {

  private static final GoDuration ZERO = new GoDuration(0);

  /** 2^63 as an unsigned long: the largest magnitude Go accepts while scanning. */
  private static final long TWO_POW_63 = Long.MIN_VALUE;

  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L,
          "\u03bcs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  /**
   * Parses {@code text} with Go's {@code time.ParseDuration} rules.
   *
   * @return the duration, or empty when Go would return an error
   */
  public static Optional<GoDuration> parse(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Optional.of(ZERO);
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    // Magnitudes are accumulated as unsigned 64-bit values, exactly as Go does, so that -2^63 is
    // reachable and everything above it is rejected.
    long total = 0;
    int i = 0;
    while (i < s.length()) {
      if (!isDigit(s.charAt(i)) && s.charAt(i) != '.') {
        return Optional.empty();
      }
      int start = i;
      long whole = 0;
      while (i < s.length() && isDigit(s.charAt(i))) {
        if (Long.compareUnsigned(whole, Long.divideUnsigned(TWO_POW_63, 10)) > 0) {
          return Optional.empty();
        }
        whole = whole * 10 + (s.charAt(i) - '0');
        if (Long.compareUnsigned(whole, TWO_POW_63) > 0) {
          return Optional.empty();
        }
        i++;
      }
      boolean hasWhole = i != start;

      long fraction = 0;
      double scale = 1;
      boolean hasFraction = false;
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int fractionStart = i;
        boolean saturated = false;
        while (i < s.length() && isDigit(s.charAt(i))) {
          if (!saturated) {
            // Past 63 bits Go stops adding precision instead of failing.
            if (Long.compareUnsigned(fraction, Long.MAX_VALUE / 10) > 0) {
              saturated = true;
            } else {
              long next = fraction * 10 + (s.charAt(i) - '0');
              if (Long.compareUnsigned(next, TWO_POW_63) > 0) {
                saturated = true;
              } else {
                fraction = next;
                scale *= 10;
              }
            }
          }
          i++;
        }
        hasFraction = i != fractionStart;
      }
      if (!hasWhole && !hasFraction) {
        return Optional.empty();
      }

      int unitStart = i;
      while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
        i++;
      }
      Long unit = UNITS.get(s.substring(unitStart, i));
      if (unit == null) {
        return Optional.empty();
      }
      if (Long.compareUnsigned(whole, Long.divideUnsigned(TWO_POW_63, unit)) > 0) {
        return Optional.empty();
      }
      long value = whole * unit;
      if (fraction > 0) {
        value += (long) ((double) fraction * ((double) unit / scale));
        if (Long.compareUnsigned(value, TWO_POW_63) > 0) {
          return Optional.empty();
        }
      }
      total += value;
      if (Long.compareUnsigned(total, TWO_POW_63) > 0) {
        return Optional.empty();
      }
    }
    if (negative) {
      return Optional.of(new GoDuration(-total));
    }
    if (total < 0) {
      return Optional.empty();
    }
    return Optional.of(new GoDuration(total));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public int compareTo(GoDuration other) {
    return Long.compare(nanos, other.nanos);
  }
}
