package io.bulwark.engine.jmespath;

import java.util.function.Function;

/** Decodes the body of a JSON string (the text between the quotes), as quoted identifiers need. */
final class JsonStrings {

  private JsonStrings() {}

  /**
   * Unescapes {@code \" \\ \/ \b \f \n \r \t \\uXXXX}. Unknown escapes, short {@code \\u}
   * sequences and raw control characters are errors, as in {@code encoding/json}.
   */
  static String decode(String body, Function<String, RuntimeException> error) {
    if (body.indexOf('\\') < 0) {
      rejectControlCharacters(body, error);
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i++);
      if (c < 0x20) {
        throw error.apply("control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= body.length()) {
        throw error.apply("dangling backslash");
      }
      char escape = body.charAt(i++);
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 > body.length()) {
            throw error.apply("\\u needs four hex digits");
          }
          int code = 0;
          for (int k = 0; k < 4; k++) {
            int digit = Character.digit(body.charAt(i + k), 16);
            if (digit < 0) {
              throw error.apply("\\u needs four hex digits");
            }
            code = code * 16 + digit;
          }
          i += 4;
          out.append((char) code);
        }
        default -> throw error.apply("unknown escape \\" + escape);
      }
    }
    return out.toString();
  }

  private static void rejectControlCharacters(
      String body, Function<String, RuntimeException> error) {
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) < 0x20) {
        throw error.apply("control character in string");
      }
    }
  }
}
