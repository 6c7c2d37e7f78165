package io.bulwark.admission;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them on a command line: {@code 10s}, {@code 500ms}, {@code 1m}, {@code 1.5s}. */
public final class DurationText {

  private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

  private DurationText() {}

  /** Parses {@code 10s}, {@code 250ms}, {@code 1m}; a bare number is seconds. */
  public static Duration parse(String text) {
    Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid duration \"" + text + "\"; use e.g. 10s, 500ms or 1m");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> amount;
      case "m" -> amount * 60_000;
      default -> amount * 1000;
    };
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  /** {@code 9s}, {@code 900ms}, {@code 1.5s}: the shortest exact form. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 == 0) {
      return (millis / 1000) + "s";
    }
    if (millis < 1000) {
      return millis + "ms";
    }
    return String.format(Locale.ROOT, "%.3fs", millis / 1000.0).replaceAll("0+s$", "s");
  }
}
