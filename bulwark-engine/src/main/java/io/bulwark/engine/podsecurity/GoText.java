package io.bulwark.engine.podsecurity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The small text helpers the pod-security-admission library formats its details with, reproduced
 * byte for byte: {@code joinQuote}, {@code pluralize}, Go's {@code %q} and the byte-order sorting
 * of {@code sets.String.List()}.
 */
final class GoText {

  /** Go compares strings by UTF-8 bytes, which is code-point order, not Java's UTF-16 order. */
  static final Comparator<String> BYTE_ORDER = (a, b) -> {
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

  private GoText() {}

  /** {@code "a", "b"}; the empty string for no items. */
  static String joinQuote(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    return "\"" + String.join("\", \"", items) + "\"";
  }

  static String pluralize(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  /** The distinct items in Go's sorted order, as {@code sets.NewString(items...).List()} gives. */
  static List<String> sortedSet(Collection<String> items) {
    var set = new TreeSet<>(BYTE_ORDER);
    set.addAll(items);
    return new ArrayList<>(set);
  }

  /** Go's {@code strconv.Quote}, as {@code %q} prints a string. */
  static String quote(String s) {
    var out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0B -> out.append("\\v");
        default -> {
          if (isPrint(c)) {
            out.appendCodePoint(c);
          } else if (c < 0x80) {
            out.append(String.format("\\x%02x", c));
          } else if (c < 0x10000) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.append(String.format("\\U%08x", c));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  private static boolean isPrint(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
