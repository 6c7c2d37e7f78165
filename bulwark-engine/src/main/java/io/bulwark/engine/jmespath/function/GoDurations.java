package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.value.GoDuration;

/**
 * Go's {@code time.Duration} text: {@code String()} ({@code 1h30m0s}, {@code 1.5s}, {@code
 * 500ms}, {@code 0s}) and the errors of {@code time.ParseDuration}.
 */
final class GoDurations {

  private static final long SECOND = 1_000_000_000L;

  private GoDurations() {}

  /** {@code time.Duration(nanos).String()}. */
  static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    boolean negative = nanos < 0;
    // Unsigned arithmetic on the magnitude, so that the most negative duration prints too.
    long u = negative ? -nanos : nanos;
    var out = new StringBuilder();
    if (Long.compareUnsigned(u, SECOND) < 0) {
      int precision;
      String unit;
      if (u < 1_000) {
        precision = 0;
        unit = "ns";
      } else if (u < 1_000_000) {
        precision = 3;
        unit = "\u00b5s";
      } else {
        precision = 6;
        unit = "ms";
      }
      out.append(fraction(u, precision)).append(unit);
      out.insert(0, Long.toUnsignedString(Long.divideUnsigned(u, pow10(precision))));
    } else {
      String fraction = fraction(u, 9);
      long seconds = Long.divideUnsigned(u, SECOND);
      var text = new StringBuilder();
      long minutes = Long.divideUnsigned(seconds, 60);
      if (minutes > 0) {
        long hours = minutes / 60;
        if (hours > 0) {
          text.append(hours).append('h');
        }
        text.append(minutes % 60).append('m');
      }
      text.append(Long.remainderUnsigned(seconds, 60)).append(fraction).append('s');
      out.append(text);
    }
    if (negative) {
      out.insert(0, '-');
    }
    return out.toString();
  }

  /** The digits of {@code u / 10^precision} after the point, trailing zeros dropped. */
  private static String fraction(long u, int precision) {
    if (precision == 0) {
      return "";
    }
    long digits = Long.remainderUnsigned(u, pow10(precision));
    if (digits == 0) {
      return "";
    }
    String padded = String.format("%0" + precision + "d", digits);
    int end = padded.length();
    while (padded.charAt(end - 1) == '0') {
      end--;
    }
    return "." + padded.substring(0, end);
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /**
   * {@code time.ParseDuration}, throwing Go's error text ({@code time: invalid duration "x"},
   * {@code time: missing unit in duration "1"}, {@code time: unknown unit "d" in duration "1d"}).
   */
  static long parse(String text) {
    return GoDuration.parse(text).map(GoDuration::nanos).orElseThrow(() -> error(text));
  }

  private static RuntimeException error(String text) {
    String quoted = GoTime.quote(text);
    String s = text;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    int i = 0;
    while (i < s.length()) {
      int numberStart = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      if (i == numberStart || s.substring(numberStart, i).equals(".")) {
        break;
      }
      int unitStart = i;
      while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (unitStart == i) {
        return KyvernoErrors.unwrapped("time: missing unit in duration " + quoted);
      }
      String unit = s.substring(unitStart, i);
      if (!unit.matches("ns|us|\u00b5s|\u03bcs|ms|s|m|h")) {
        return KyvernoErrors.unwrapped(
            "time: unknown unit " + GoTime.quote(unit) + " in duration " + quoted);
      }
    }
    return KyvernoErrors.unwrapped("time: invalid duration " + quoted);
  }
}
