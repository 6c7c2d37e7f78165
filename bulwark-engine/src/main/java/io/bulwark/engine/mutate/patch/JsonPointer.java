package io.bulwark.engine.mutate.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * An RFC 6901 JSON pointer: the text as written and its reference tokens, decoded ({@code ~1} is
 * {@code /}, {@code ~0} is {@code ~}). The empty pointer is the whole document.
 */
record JsonPointer(String text, List<String> tokens) {

  static final JsonPointer ROOT = new JsonPointer("", List.of());

  /** Go's {@code strconv.Atoi} syntax, which evanphx/json-patch reads array indices with. */
  private static final Pattern GO_INT = Pattern.compile("[+-]?[0-9]+");

  JsonPointer {
    tokens = List.copyOf(tokens);
  }

  /** The pointer {@code text}, or empty when it is neither empty nor starts with {@code /}. */
  static Optional<JsonPointer> parse(String text) {
    if (text.isEmpty()) {
      return Optional.of(ROOT);
    }
    if (text.charAt(0) != '/') {
      return Optional.empty();
    }
    var tokens = new ArrayList<String>();
    int start = 1;
    for (int slash = text.indexOf('/', start); slash >= 0; slash = text.indexOf('/', start)) {
      tokens.add(unescape(text.substring(start, slash)));
      start = slash + 1;
    }
    tokens.add(unescape(text.substring(start)));
    return Optional.of(new JsonPointer(text, tokens));
  }

  boolean isRoot() {
    return tokens.isEmpty();
  }

  String last() {
    return tokens.get(tokens.size() - 1);
  }

  /** The pointer to the first {@code count} tokens, as text (for messages). */
  String prefix(int count) {
    var out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append('/').append(escape(tokens.get(i)));
    }
    return out.toString();
  }

  /** {@code token} written as one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@code token} as an array index the way evanphx/json-patch reads one: an optional sign and
   * ASCII digits ({@code +1}, {@code 01} and {@code -2} included), in int64 range.
   */
  static OptionalLong index(String token) {
    if (!GO_INT.matcher(token).matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(token));
    } catch (NumberFormatException outOfRange) {
      return OptionalLong.empty();
    }
  }

  private static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    var out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~' && i + 1 < token.length() && (token.charAt(i + 1) == '0' || token.charAt(i + 1) == '1')) {
        out.append(token.charAt(i + 1) == '0' ? '~' : '/');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
