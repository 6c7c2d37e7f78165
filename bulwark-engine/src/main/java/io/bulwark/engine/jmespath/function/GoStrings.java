package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.value.GoText;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code strings} functions whose edge cases differ from Java's: empty separators and old
 * strings work rune by rune, and comparison is by UTF-8 bytes (that is, by code point).
 */
final class GoStrings {

  private GoStrings() {}

  /** {@code strings.Compare}: -1, 0 or 1 in code point order. */
  static int compare(String a, String b) {
    return Integer.signum(GoText.BYTE_ORDER.compare(a, b));
  }

  /** {@code strings.Replace(s, old, new, n)}; {@code n < 0} replaces every occurrence. */
  static String replace(String s, String old, String replacement, long n) {
    if (old.equals(replacement) || n == 0) {
      return s;
    }
    long matches = count(s, old);
    if (matches == 0) {
      return s;
    }
    if (n < 0 || matches < n) {
      n = matches;
    }
    var out = new StringBuilder(s.length());
    int start = 0;
    for (long i = 0; i < n; i++) {
      int j = start;
      if (old.isEmpty()) {
        if (i > 0) {
          j += Character.charCount(s.codePointAt(start));
        }
      } else {
        j = s.indexOf(old, start);
      }
      out.append(s, start, j).append(replacement);
      start = j + old.length();
    }
    return out.append(s, start, s.length()).toString();
  }

  private static long count(String s, String sub) {
    if (sub.isEmpty()) {
      return s.codePointCount(0, s.length()) + 1L;
    }
    long n = 0;
    for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
      n++;
    }
    return n;
  }

  /** {@code strings.Split}: an empty separator splits into code points; "" splits into [""]. */
  static List<String> split(String s, String separator) {
    var parts = new ArrayList<String>();
    if (separator.isEmpty()) {
      s.codePoints().forEach(cp -> parts.add(Character.toString(cp)));
      return parts;
    }
    int start = 0;
    for (int at = s.indexOf(separator); at >= 0; at = s.indexOf(separator, start)) {
      parts.add(s.substring(start, at));
      start = at + separator.length();
    }
    parts.add(s.substring(start));
    return parts;
  }

  /** {@code strings.Trim}: drops leading and trailing code points found in {@code cutset}. */
  static String trim(String s, String cutset) {
    if (s.isEmpty() || cutset.isEmpty()) {
      return s;
    }
    int start = 0;
    int end = s.length();
    while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** {@code strings.ToUpper}: per code point, without Java's one-to-many mappings (ß stays ß). */
  static String toUpper(String s) {
    var out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
    return out.toString();
  }

  /** {@code strings.ToLower}: per code point. */
  static String toLower(String s) {
    var out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /** {@code strings.EqualFold}: equal under simple Unicode case folding. */
  static boolean equalFold(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y
          && Character.toUpperCase(x) != Character.toUpperCase(y)
          && Character.toLowerCase(x) != Character.toLowerCase(y)) {
        return false;
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return i == a.length() && j == b.length();
  }
}
