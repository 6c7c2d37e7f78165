package io.bulwark.engine.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The few Go {@code strings} functions whose exact behaviour Kyverno's results depend on. */
final class GoStrings {

  /** Go's {@code sort.Strings} order: byte-wise UTF-8, which is code point order. */
  static final Comparator<String> BYTE_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int x = a.codePointAt(i);
          int y = b.codePointAt(j);
          if (x != y) {
            return Integer.compare(x, y);
          }
          i += Character.charCount(x);
          j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

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
