package io.bulwark.engine.pattern;

import java.util.ArrayList;
import java.util.List;

/** The few Go {@code strings} functions whose exact behaviour Kyverno's results depend on. */
final class GoStrings {

  private GoStrings() {}

  /** {@code strings.TrimSpace}: strips Unicode white space (Go's {@code unicode.IsSpace}). */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** {@code strings.Trim(s, " ")}: strips ASCII spaces only. */
  static String trimBlanks(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  /** {@code strings.Split}: keeps empty pieces, so {@code "a|"} gives {@code ["a", ""]}. */
  static List<String> split(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == separator) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }

  static boolean isSpace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000b', '\f', '\r', ' ', '\u0085', '\u00a0', '\u2028', '\u2029' -> true;
      default -> c > '\u00ff' && Character.getType(c) == Character.SPACE_SEPARATOR;
    };
  }
}
