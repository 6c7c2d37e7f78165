package io.bulwark.engine.jmespath.function;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The syntax check of Go's {@code encoding/json}, for its error texts: {@code invalid character
 * 'x' looking for beginning of value}, {@code unexpected end of JSON input} and the rest of Go's
 * scanner messages. Works on UTF-8 bytes, as Go does, so a non-ASCII character is reported by its
 * first byte ({@code 'Ã'} for é). Stateless.
 */
final class GoJson {

  private GoJson() {}

  /** Go's error for {@code text}, or empty when Go would accept it. */
  static Optional<String> syntaxError(String text) {
    try {
      new Scanner(text.getBytes(StandardCharsets.UTF_8)).document();
      return Optional.empty();
    } catch (Invalid invalid) {
      return Optional.of(invalid.getMessage());
    }
  }

  private static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Scanner {
    private final byte[] in;
    private int i;

    Scanner(byte[] in) {
      this.in = in;
    }

    void document() throws Invalid {
      value();
      skipSpace();
      if (i < in.length) {
        throw invalid("after top-level value");
      }
    }

    private void value() throws Invalid {
      skipSpace();
      int c = peek();
      switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true");
        case 'f' -> literal("false");
        case 'n' -> literal("null");
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            number();
          } else {
            throw invalid("looking for beginning of value");
          }
        }
      }
    }

    private void object() throws Invalid {
      i++;
      skipSpace();
      if (peek() == '}') {
        i++;
        return;
      }
      while (true) {
        if (peek() != '"') {
          throw invalid("looking for beginning of object key string");
        }
        string();
        skipSpace();
        if (peek() != ':') {
          throw invalid("after object key");
        }
        i++;
        value();
        skipSpace();
        int c = peek();
        if (c == '}') {
          i++;
          return;
        }
        if (c != ',') {
          throw invalid("after object key:value pair");
        }
        i++;
        skipSpace();
      }
    }

    private void array() throws Invalid {
      i++;
      skipSpace();
      if (peek() == ']') {
        i++;
        return;
      }
      while (true) {
        value();
        skipSpace();
        int c = peek();
        if (c == ']') {
          i++;
          return;
        }
        if (c != ',') {
          throw invalid("after array element");
        }
        i++;
      }
    }

    private void string() throws Invalid {
      i++;
      while (true) {
        int c = peek();
        if (c == '"') {
          i++;
          return;
        }
        if (c == '\\') {
          i++;
          int e = peek();
          if ("\"\\/bfnrt".indexOf(e) >= 0) {
            i++;
          } else if (e == 'u') {
            i++;
            for (int k = 0; k < 4; k++) {
              int h = peek();
              if (Character.digit(h, 16) < 0) {
                throw invalid("in \\u hexadecimal character escape");
              }
              i++;
            }
          } else {
            throw invalid("in string escape code");
          }
        } else if (c < 0x20) {
          throw invalid("in string literal");
        } else {
          i++;
        }
      }
    }

    private void number() throws Invalid {
      if (peek() == '-') {
        i++;
        if (!isDigit(peek())) {
          throw invalid("in numeric literal");
        }
      }
      if (peek() == '0') {
        i++;
      } else {
        digits();
      }
      if (i < in.length && in[i] == '.') {
        i++;
        if (!isDigit(peek())) {
          throw invalid("after decimal point in numeric literal");
        }
        digits();
      }
      if (i < in.length && (in[i] == 'e' || in[i] == 'E')) {
        i++;
        int c = peek();
        if (c == '+' || c == '-') {
          i++;
        }
        if (!isDigit(peek())) {
          throw invalid("in exponent of numeric literal");
        }
        digits();
      }
    }

    private void digits() {
      while (i < in.length && isDigit(in[i])) {
        i++;
      }
    }

    private void literal(String word) throws Invalid {
      i++;
      for (int k = 1; k < word.length(); k++) {
        if (peek() != word.charAt(k)) {
          throw invalid(
              "in literal " + word + " (expecting " + quoteChar(word.charAt(k)) + ")");
        }
        i++;
      }
    }

    private void skipSpace() {
      while (i < in.length && (in[i] == ' ' || in[i] == '\t' || in[i] == '\n' || in[i] == '\r')) {
        i++;
      }
    }

    /** The byte at the cursor; at the end of input, Go's end-of-input error. */
    private int peek() throws Invalid {
      if (i >= in.length) {
        throw new Invalid("unexpected end of JSON input");
      }
      return in[i] & 0xff;
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private Invalid invalid(String context) {
      return new Invalid("invalid character " + quoteChar(in[i] & 0xff) + " " + context);
    }
  }

  /** Go's {@code quoteChar}: the byte read as a rune, quoted with single quotes. */
  static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String body =
        switch (c) {
          case '\u0007' -> "\\a";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          case 0x0b -> "\\v";
          case '\\' -> "\\\\";
          default -> {
            if (c < 0x20 || c == 0x7f) {
              yield String.format("\\x%02x", c);
            }
            if (c >= 0x80 && c < 0xa0) {
              yield String.format("\\u%04x", c);
            }
            yield Character.toString(c);
          }
        };
    return "'" + body + "'";
  }
}
