package io.bulwark.engine.jmespath.function;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Go's {@code time.Parse} with a Go layout (reference time {@code Mon Jan 2 15:04:05 MST 2006}),
 * the RFC 3339 form of {@code Time.Format}, {@code Sub} and {@code Truncate}, reproducing Go's
 * results and error texts ({@code parsing time "x" as "2006-01-02": cannot parse "x" as "2006"}).
 *
 * <p>Time zones are resolved as Go does when the local zone is UTC, as in Kyverno's container
 * image: {@code Z}, numeric offsets and {@code UTC} are exact; any other abbreviation ({@code MST},
 * {@code CET}) has offset zero, except {@code GMT+3} style names. Stateless.
 */
final class GoTime {

  static final String RFC3339 = "2006-01-02T15:04:05Z07:00";

  private static final String[] LONG_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  private static final String[] SHORT_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final String[] LONG_DAYS = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
  };
  private static final String[] SHORT_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

  /** Seconds from Go's zero time (January 1, year 1, UTC) to the Unix epoch. */
  private static final long ZERO_TO_UNIX = 62_135_596_800L;

  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  private GoTime() {}

  /** The layout elements of Go's {@code nextStdChunk}. */
  private enum Std {
    LONG_MONTH,
    MONTH,
    NUM_MONTH,
    ZERO_MONTH,
    LONG_WEEKDAY,
    WEEKDAY,
    DAY,
    UNDER_DAY,
    ZERO_DAY,
    UNDER_YEAR_DAY,
    ZERO_YEAR_DAY,
    HOUR,
    HOUR12,
    ZERO_HOUR12,
    MINUTE,
    ZERO_MINUTE,
    SECOND,
    ZERO_SECOND,
    LONG_YEAR,
    YEAR,
    PM,
    PM_LOWER,
    TZ,
    ISO8601_TZ,
    ISO8601_SECONDS_TZ,
    ISO8601_SHORT_TZ,
    ISO8601_COLON_TZ,
    ISO8601_COLON_SECONDS_TZ,
    NUM_TZ,
    NUM_SECONDS_TZ,
    NUM_SHORT_TZ,
    NUM_COLON_TZ,
    NUM_COLON_SECONDS_TZ,
    FRAC_SECOND0,
    FRAC_SECOND9
  }

  /** A literal prefix, the element after it (null at the end) and the rest of the layout. */
  private record Chunk(String prefix, Std std, int fracDigits, String suffix) {}

  private static Chunk chunk(String layout, int i, Std std, int length) {
    return new Chunk(layout.substring(0, i), std, 0, layout.substring(i + length));
  }

  private static Chunk nextStdChunk(String layout) {
    for (int i = 0; i < layout.length(); i++) {
      char c = layout.charAt(i);
      switch (c) {
        case 'J' -> {
          if (layout.startsWith("Jan", i)) {
            if (layout.startsWith("January", i)) {
              return chunk(layout, i, Std.LONG_MONTH, 7);
            }
            if (!startsWithLowerCase(layout, i + 3)) {
              return chunk(layout, i, Std.MONTH, 3);
            }
          }
        }
        case 'M' -> {
          if (layout.startsWith("Mon", i)) {
            if (layout.startsWith("Monday", i)) {
              return chunk(layout, i, Std.LONG_WEEKDAY, 6);
            }
            if (!startsWithLowerCase(layout, i + 3)) {
              return chunk(layout, i, Std.WEEKDAY, 3);
            }
          }
          if (layout.startsWith("MST", i)) {
            return chunk(layout, i, Std.TZ, 3);
          }
        }
        case '0' -> {
          if (i + 1 < layout.length()
              && layout.charAt(i + 1) >= '1'
              && layout.charAt(i + 1) <= '6') {
            Std[] zeros = {
              Std.ZERO_MONTH,
              Std.ZERO_DAY,
              Std.ZERO_HOUR12,
              Std.ZERO_MINUTE,
              Std.ZERO_SECOND,
              Std.YEAR
            };
            return chunk(layout, i, zeros[layout.charAt(i + 1) - '1'], 2);
          }
          if (layout.startsWith("002", i)) {
            return chunk(layout, i, Std.ZERO_YEAR_DAY, 3);
          }
        }
        case '1' -> {
          if (layout.startsWith("15", i)) {
            return chunk(layout, i, Std.HOUR, 2);
          }
          return chunk(layout, i, Std.NUM_MONTH, 1);
        }
        case '2' -> {
          if (layout.startsWith("2006", i)) {
            return chunk(layout, i, Std.LONG_YEAR, 4);
          }
          return chunk(layout, i, Std.DAY, 1);
        }
        case '_' -> {
          if (layout.startsWith("_2", i)) {
            if (layout.startsWith("_2006", i)) {
              // A literal underscore followed by the long year.
              return new Chunk(
                  layout.substring(0, i + 1), Std.LONG_YEAR, 0, layout.substring(i + 5));
            }
            return chunk(layout, i, Std.UNDER_DAY, 2);
          }
          if (layout.startsWith("__2", i)) {
            return chunk(layout, i, Std.UNDER_YEAR_DAY, 3);
          }
        }
        case '3' -> {
          return chunk(layout, i, Std.HOUR12, 1);
        }
        case '4' -> {
          return chunk(layout, i, Std.MINUTE, 1);
        }
        case '5' -> {
          return chunk(layout, i, Std.SECOND, 1);
        }
        case 'P' -> {
          if (layout.startsWith("PM", i)) {
            return chunk(layout, i, Std.PM, 2);
          }
        }
        case 'p' -> {
          if (layout.startsWith("pm", i)) {
            return chunk(layout, i, Std.PM_LOWER, 2);
          }
        }
        case '-' -> {
          if (layout.startsWith("-070000", i)) {
            return chunk(layout, i, Std.NUM_SECONDS_TZ, 7);
          }
          if (layout.startsWith("-07:00:00", i)) {
            return chunk(layout, i, Std.NUM_COLON_SECONDS_TZ, 9);
          }
          if (layout.startsWith("-0700", i)) {
            return chunk(layout, i, Std.NUM_TZ, 5);
          }
          if (layout.startsWith("-07:00", i)) {
            return chunk(layout, i, Std.NUM_COLON_TZ, 6);
          }
          if (layout.startsWith("-07", i)) {
            return chunk(layout, i, Std.NUM_SHORT_TZ, 3);
          }
        }
        case 'Z' -> {
          if (layout.startsWith("Z070000", i)) {
            return chunk(layout, i, Std.ISO8601_SECONDS_TZ, 7);
          }
          if (layout.startsWith("Z07:00:00", i)) {
            return chunk(layout, i, Std.ISO8601_COLON_SECONDS_TZ, 9);
          }
          if (layout.startsWith("Z0700", i)) {
            return chunk(layout, i, Std.ISO8601_TZ, 5);
          }
          if (layout.startsWith("Z07:00", i)) {
            return chunk(layout, i, Std.ISO8601_COLON_TZ, 6);
          }
          if (layout.startsWith("Z07", i)) {
            return chunk(layout, i, Std.ISO8601_SHORT_TZ, 3);
          }
        }
        case '.', ',' -> {
          if (i + 1 < layout.length()
              && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
            char digit = layout.charAt(i + 1);
            int j = i + 1;
            while (j < layout.length() && layout.charAt(j) == digit) {
              j++;
            }
            if (!isDigit(layout, j)) {
              Std std = digit == '9' ? Std.FRAC_SECOND9 : Std.FRAC_SECOND0;
              return new Chunk(layout.substring(0, i), std, j - (i + 1), layout.substring(j));
            }
          }
        }
        default -> {}
      }
    }
    return new Chunk(layout, null, 0, "");
  }

  private static boolean startsWithLowerCase(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  /** A failed {@code time.Parse}; the message is Go's {@code ParseError} text. */
  static final class ParseError extends Exception {
    ParseError(String message) {
      super(message, null, false, false);
    }
  }

  /** Thrown inside {@link #parse} for an element that does not match. */
  private static final class Bad extends Exception {
    Bad() {
      super(null, null, false, false);
    }
  }

  /** {@code time.Parse(layout, value)}. */
  static OffsetDateTime parse(String layout, String value) throws ParseError {
    final String originalLayout = layout;
    final String originalValue = value;
    boolean amSet = false;
    boolean pmSet = false;
    int year = 0;
    int month = -1;
    int day = -1;
    int yday = -1;
    int hour = 0;
    int min = 0;
    int sec = 0;
    int nsec = 0;
    boolean utc = false;
    int zoneOffset = -1;
    String zoneName = "";

    while (true) {
      Chunk chunk = nextStdChunk(layout);
      String stdText =
          layout.substring(chunk.prefix().length(), layout.length() - chunk.suffix().length());
      String afterPrefix = skip(value, chunk.prefix());
      if (afterPrefix == null) {
        throw parseError(
            originalLayout, originalValue, chunk.prefix(), skipRest(value, chunk.prefix()));
      }
      value = afterPrefix;
      if (chunk.std() == null) {
        if (!value.isEmpty()) {
          throw new ParseError(
              "parsing time " + quote(originalValue) + ": extra text: " + quote(value));
        }
        break;
      }
      layout = chunk.suffix();
      String hold = value;
      String rangeError = null;
      try {
        switch (chunk.std()) {
          case YEAR -> {
            if (value.length() < 2) {
              throw new Bad();
            }
            year = atoi(value.substring(0, 2));
            value = value.substring(2);
            year += year >= 69 ? 1900 : 2000;
          }
          case LONG_YEAR -> {
            if (value.length() < 4 || !isDigit(value, 0)) {
              throw new Bad();
            }
            year = atoi(value.substring(0, 4));
            value = value.substring(4);
          }
          case MONTH, LONG_MONTH -> {
            String[] names = chunk.std() == Std.MONTH ? SHORT_MONTHS : LONG_MONTHS;
            int index = lookup(names, value);
            month = index + 1;
            value = value.substring(names[index].length());
          }
          case NUM_MONTH, ZERO_MONTH -> {
            int[] n = getnum(value, chunk.std() == Std.ZERO_MONTH);
            month = n[0];
            value = value.substring(n[1]);
            if (month <= 0 || month > 12) {
              rangeError = "month";
            }
          }
          case WEEKDAY, LONG_WEEKDAY -> {
            String[] names = chunk.std() == Std.WEEKDAY ? SHORT_DAYS : LONG_DAYS;
            value = value.substring(names[lookup(names, value)].length());
          }
          case DAY, UNDER_DAY, ZERO_DAY -> {
            if (chunk.std() == Std.UNDER_DAY && value.startsWith(" ")) {
              value = value.substring(1);
            }
            int[] n = getnum(value, chunk.std() == Std.ZERO_DAY);
            day = n[0];
            value = value.substring(n[1]);
          }
          case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
            for (int i = 0; i < 2; i++) {
              if (chunk.std() == Std.UNDER_YEAR_DAY && value.startsWith(" ")) {
                value = value.substring(1);
              }
            }
            int[] n = getnum3(value, chunk.std() == Std.ZERO_YEAR_DAY);
            yday = n[0];
            value = value.substring(n[1]);
          }
          case HOUR -> {
            int[] n = getnum(value, false);
            hour = n[0];
            value = value.substring(n[1]);
            if (hour < 0 || hour >= 24) {
              rangeError = "hour";
            }
          }
          case HOUR12, ZERO_HOUR12 -> {
            int[] n = getnum(value, chunk.std() == Std.ZERO_HOUR12);
            hour = n[0];
            value = value.substring(n[1]);
            if (hour < 0 || hour > 12) {
              rangeError = "hour";
            }
          }
          case MINUTE, ZERO_MINUTE -> {
            int[] n = getnum(value, chunk.std() == Std.ZERO_MINUTE);
            min = n[0];
            value = value.substring(n[1]);
            if (min < 0 || min >= 60) {
              rangeError = "minute";
            }
          }
          case SECOND, ZERO_SECOND -> {
            int[] n = getnum(value, chunk.std() == Std.ZERO_SECOND);
            sec = n[0];
            value = value.substring(n[1]);
            if (sec < 0 || sec >= 60) {
              rangeError = "second";
              break;
            }
            // A fraction in the value that the layout does not spell out is still read.
            if (value.length() >= 2 && isCommaOrPeriod(value.charAt(0)) && isDigit(value, 1)) {
              Std next = nextStdChunk(layout).std();
              if (next == Std.FRAC_SECOND0 || next == Std.FRAC_SECOND9) {
                break;
              }
              int n2 = 2;
              while (n2 < value.length() && isDigit(value, n2)) {
                n2++;
              }
              nsec = parseNanoseconds(value, n2);
              value = value.substring(n2);
            }
          }
          case PM, PM_LOWER -> {
            if (value.length() < 2) {
              throw new Bad();
            }
            String p = value.substring(0, 2);
            value = value.substring(2);
            String pm = chunk.std() == Std.PM ? "PM" : "pm";
            String am = chunk.std() == Std.PM ? "AM" : "am";
            if (p.equals(pm)) {
              pmSet = true;
            } else if (p.equals(am)) {
              amSet = true;
            } else {
              throw new Bad();
            }
          }
          case ISO8601_TZ,
              ISO8601_SHORT_TZ,
              ISO8601_COLON_TZ,
              ISO8601_SECONDS_TZ,
              ISO8601_COLON_SECONDS_TZ,
              NUM_TZ,
              NUM_SHORT_TZ,
              NUM_COLON_TZ,
              NUM_SECONDS_TZ,
              NUM_COLON_SECONDS_TZ -> {
            if (chunk.std().name().startsWith("ISO8601") && value.startsWith("Z")) {
              value = value.substring(1);
              utc = true;
              break;
            }
            int[] offset = numericOffset(chunk.std(), value);
            zoneOffset = offset[0];
            value = value.substring(offset[1]);
            if (offset[2] > 24) {
              rangeError = "time zone offset hour";
            }
            if (offset[3] > 60) {
              rangeError = "time zone offset minute";
            }
            if (offset[4] > 60) {
              rangeError = "time zone offset second";
            }
          }
          case TZ -> {
            if (value.startsWith("UTC")) {
              utc = true;
              value = value.substring(3);
              break;
            }
            int n = timeZoneLength(value);
            if (n <= 0) {
              throw new Bad();
            }
            zoneName = value.substring(0, n);
            value = value.substring(n);
          }
          case FRAC_SECOND0 -> {
            int digits = 1 + chunk.fracDigits();
            if (value.length() < digits) {
              throw new Bad();
            }
            nsec = parseNanoseconds(value, digits);
            value = value.substring(digits);
          }
          case FRAC_SECOND9 -> {
            if (value.length() < 2
                || !isCommaOrPeriod(value.charAt(0))
                || !isDigit(value, 1)) {
              break;
            }
            int i = 0;
            while (i + 1 < value.length() && isDigit(value, i + 1)) {
              i++;
            }
            nsec = parseNanoseconds(value, 1 + i);
            value = value.substring(1 + i);
          }
        }
      } catch (Bad bad) {
        throw parseError(originalLayout, originalValue, stdText, hold);
      }
      if (rangeError != null) {
        throw new ParseError(
            "parsing time " + quote(originalValue) + ": " + rangeError + " out of range");
      }
    }
    if (pmSet && hour < 12) {
      hour += 12;
    } else if (amSet && hour == 12) {
      hour = 0;
    }
    if (yday >= 0) {
      int[] monthDay = fromYearDay(originalValue, year, yday, month, day);
      month = monthDay[0];
      day = monthDay[1];
    } else {
      if (month < 0) {
        month = 1;
      }
      if (day < 0) {
        day = 1;
      }
    }
    if (day < 1 || day > daysIn(month, year)) {
      throw new ParseError("parsing time " + quote(originalValue) + ": day out of range");
    }
    int offsetSeconds = 0;
    if (!utc) {
      if (zoneOffset != -1) {
        offsetSeconds = zoneOffset;
      } else if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
        offsetSeconds = Integer.parseInt(zoneName.substring(3).replace("+", "")) * 3600;
      }
    }
    try {
      return OffsetDateTime.of(
          year, month, day, hour, min, sec, nsec, ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException outOfRange) {
      throw new ParseError(
          "parsing time " + quote(originalValue) + ": time zone offset hour out of range");
    }
  }

  private static ParseError parseError(
      String layout, String value, String layoutElem, String valueElem) {
    return new ParseError(
        "parsing time "
            + quote(value)
            + " as "
            + quote(layout)
            + ": cannot parse "
            + quote(valueElem)
            + " as "
            + quote(layoutElem));
  }

  /** Go's {@code skip}: the value after the literal prefix, or null when it does not match. */
  private static String skip(String value, String prefix) {
    int p = 0;
    int v = 0;
    while (p < prefix.length()) {
      if (prefix.charAt(p) == ' ') {
        if (v < value.length() && value.charAt(v) != ' ') {
          return null;
        }
        while (p < prefix.length() && prefix.charAt(p) == ' ') {
          p++;
        }
        while (v < value.length() && value.charAt(v) == ' ') {
          v++;
        }
        continue;
      }
      if (v >= value.length() || value.charAt(v) != prefix.charAt(p)) {
        return null;
      }
      p++;
      v++;
    }
    return value.substring(v);
  }

  /** The part of {@code value} where {@link #skip} stopped matching, for the error text. */
  private static String skipRest(String value, String prefix) {
    int p = 0;
    int v = 0;
    while (p < prefix.length()) {
      if (prefix.charAt(p) == ' ') {
        if (v < value.length() && value.charAt(v) != ' ') {
          return value.substring(v);
        }
        while (p < prefix.length() && prefix.charAt(p) == ' ') {
          p++;
        }
        while (v < value.length() && value.charAt(v) == ' ') {
          v++;
        }
        continue;
      }
      if (v >= value.length() || value.charAt(v) != prefix.charAt(p)) {
        return value.substring(v);
      }
      p++;
      v++;
    }
    return value.substring(v);
  }

  private static int lookup(String[] names, String value) throws Bad {
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (value.length() >= name.length()
          && value.substring(0, name.length()).equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new Bad();
  }

  /** Go's {@code getnum}: one or two digits ({@code fixed}: exactly two); {value, consumed}. */
  private static int[] getnum(String s, boolean fixed) throws Bad {
    if (!isDigit(s, 0)) {
      throw new Bad();
    }
    if (!isDigit(s, 1)) {
      if (fixed) {
        throw new Bad();
      }
      return new int[] {s.charAt(0) - '0', 1};
    }
    return new int[] {(s.charAt(0) - '0') * 10 + (s.charAt(1) - '0'), 2};
  }

  private static int[] getnum3(String s, boolean fixed) throws Bad {
    int n = 0;
    int i = 0;
    while (i < 3 && isDigit(s, i)) {
      n = n * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == 0 || (fixed && i != 3)) {
      throw new Bad();
    }
    return new int[] {n, i};
  }

  /** Go's {@code atoi}: optional sign, then only digits. */
  private static int atoi(String s) throws Bad {
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    long x = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new Bad();
      }
      x = x * 10 + (c - '0');
      if (x > Integer.MAX_VALUE) {
        throw new Bad();
      }
    }
    return (int) (negative ? -x : x);
  }

  private static boolean isCommaOrPeriod(char c) {
    return c == '.' || c == ',';
  }

  /** The nanoseconds of a fraction written as {@code value[0:length]}, separator included. */
  private static int parseNanoseconds(String value, int length) throws Bad {
    if (!isCommaOrPeriod(value.charAt(0))) {
      throw new Bad();
    }
    if (length > 10) {
      length = 10;
    }
    int ns = atoi(value.substring(1, length));
    for (int i = 0; i < 10 - length; i++) {
      ns *= 10;
    }
    return ns;
  }

  /** {offset seconds, consumed, hours, minutes, seconds} of a numeric zone offset. */
  private static int[] numericOffset(Std std, String value) throws Bad {
    String sign;
    String hh;
    String mm = "00";
    String ss = "00";
    int consumed;
    switch (std) {
      case ISO8601_COLON_TZ, NUM_COLON_TZ -> {
        if (value.length() < 6 || value.charAt(3) != ':') {
          throw new Bad();
        }
        hh = value.substring(1, 3);
        mm = value.substring(4, 6);
        consumed = 6;
      }
      case NUM_SHORT_TZ, ISO8601_SHORT_TZ -> {
        if (value.length() < 3) {
          throw new Bad();
        }
        hh = value.substring(1, 3);
        consumed = 3;
      }
      case ISO8601_COLON_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> {
        if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
          throw new Bad();
        }
        hh = value.substring(1, 3);
        mm = value.substring(4, 6);
        ss = value.substring(7, 9);
        consumed = 9;
      }
      case ISO8601_SECONDS_TZ, NUM_SECONDS_TZ -> {
        if (value.length() < 7) {
          throw new Bad();
        }
        hh = value.substring(1, 3);
        mm = value.substring(3, 5);
        ss = value.substring(5, 7);
        consumed = 7;
      }
      default -> {
        if (value.length() < 5) {
          throw new Bad();
        }
        hh = value.substring(1, 3);
        mm = value.substring(3, 5);
        consumed = 5;
      }
    }
    sign = value.substring(0, 1);
    int hours = getnum(hh, true)[0];
    int minutes = getnum(mm, true)[0];
    int seconds = getnum(ss, true)[0];
    int offset = (hours * 60 + minutes) * 60 + seconds;
    switch (sign) {
      case "+" -> {}
      case "-" -> offset = -offset;
      default -> throw new Bad();
    }
    return new int[] {offset, consumed, hours, minutes, seconds};
  }

  /** Go's {@code parseTimeZone}: the length of a zone abbreviation, or 0. */
  private static int timeZoneLength(String value) {
    if (value.length() < 3) {
      return 0;
    }
    if (value.startsWith("ChST") || value.startsWith("MeST")) {
      return 4;
    }
    if (value.startsWith("GMT")) {
      return 3 + signedOffsetLength(value.substring(3));
    }
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      return signedOffsetLength(value);
    }
    int upper = 0;
    while (upper < 6
        && upper < value.length()
        && value.charAt(upper) >= 'A'
        && value.charAt(upper) <= 'Z') {
      upper++;
    }
    return switch (upper) {
      case 3 -> 3;
      case 4 -> value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : 0;
      case 5 -> value.charAt(4) == 'T' ? 5 : 0;
      default -> 0;
    };
  }

  private static int signedOffsetLength(String value) {
    if (value.isEmpty() || (value.charAt(0) != '+' && value.charAt(0) != '-')) {
      return 0;
    }
    int i = 1;
    long x = 0;
    while (i < value.length() && isDigit(value, i)) {
      x = x * 10 + (value.charAt(i) - '0');
      if (x > 12) {
        return 0;
      }
      i++;
    }
    return i == 1 ? 0 : i;
  }

  private static int[] fromYearDay(String value, int year, int yday, int month, int day)
      throws ParseError {
    int m = 0;
    int d = 0;
    boolean leap = LocalDate.of(2000, 1, 1).withYear(year).isLeapYear();
    if (leap) {
      if (yday == 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        yday--;
      }
    }
    if (yday < 1 || yday > 365) {
      throw new ParseError("parsing time " + quote(value) + ": day-of-year out of range");
    }
    if (m == 0) {
      int[] daysBefore = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
      m = (yday - 1) / 31 + 1;
      if (daysBefore[m] < yday) {
        m++;
      }
      d = yday - daysBefore[m - 1];
    }
    if (month >= 0 && month != m) {
      throw new ParseError(
          "parsing time " + quote(value) + ": day-of-year does not match month");
    }
    if (day >= 0 && day != d) {
      throw new ParseError("parsing time " + quote(value) + ": day-of-year does not match day");
    }
    return new int[] {m, d};
  }

  private static int daysIn(int month, int year) {
    return LocalDate.of(2000, month, 1).withYear(year).lengthOfMonth();
  }

  /** {@code Time.Format(time.RFC3339)}: no fraction, {@code Z} for a zero offset. */
  static String formatRfc3339(OffsetDateTime t) {
    var out = new StringBuilder(25);
    int year = t.getYear();
    if (year < 0) {
      out.append('-');
    }
    out.append(String.format("%04d", Math.abs(year)))
        .append(String.format("-%02d-%02dT%02d:%02d:%02d",
            t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) {
      return out.append('Z').toString();
    }
    int minutes = Math.abs(offset) / 60;
    return out.append(offset < 0 ? '-' : '+')
        .append(String.format("%02d:%02d", minutes / 60, minutes % 60))
        .toString();
  }

  /** {@code t.Sub(u)} in nanoseconds, saturated at the int64 range as Go does. */
  static long sub(OffsetDateTime t, OffsetDateTime u) {
    BigInteger nanos = nanosOf(t.toInstant()).subtract(nanosOf(u.toInstant()));
    if (nanos.bitLength() > 63) {
      return nanos.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return nanos.longValue();
  }

  /** {@code t.Truncate(d)}: rounds down to a multiple of {@code d} since Go's zero time. */
  static OffsetDateTime truncate(OffsetDateTime t, long d) {
    if (d <= 0) {
      return t;
    }
    BigInteger sinceZero =
        nanosOf(t.toInstant()).add(BigInteger.valueOf(ZERO_TO_UNIX).multiply(BILLION));
    long remainder = sinceZero.mod(BigInteger.valueOf(d)).longValue();
    return t.minus(remainder, ChronoUnit.NANOS);
  }

  private static BigInteger nanosOf(Instant instant) {
    return BigInteger.valueOf(instant.getEpochSecond())
        .multiply(BILLION)
        .add(BigInteger.valueOf(instant.getNano()));
  }

  /**
   * Go's {@code time} package quoting: double quotes, {@code \"} and {@code \\} escaped, and bytes
   * of control or non-ASCII characters as {@code \xNN}.
   */
  static String quote(String s) {
    var out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            cp -> {
              if (cp < ' ' || cp >= 0x80) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                  out.append(String.format("\\x%02x", b & 0xff));
                }
              } else {
                if (cp == '"' || cp == '\\') {
                  out.append('\\');
                }
                out.appendCodePoint(cp);
              }
            });
    return out.append('"').toString();
  }
}
