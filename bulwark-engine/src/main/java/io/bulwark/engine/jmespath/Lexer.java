package io.bulwark.engine.jmespath;

import io.bulwark.engine.jmespath.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Identifiers, numbers and punctuation follow the JMESPath
 * grammar; quoted identifiers are decoded as JSON strings; raw strings ({@code 'x'}) only unescape
 * {@code \'}; JSON literals ({@code `x`}) only unescape {@code \`} and are parsed by the parser.
 */
final class Lexer {

  private final String expression;
  private final List<Token> tokens = new ArrayList<>();
  private int position;

  private Lexer(String expression) {
    this.expression = expression;
  }

  static List<Token> tokenize(String expression) {
    Lexer lexer = new Lexer(expression);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (position < expression.length()) {
      int start = position;
      char c = expression.charAt(position);
      if (isIdentifierStart(c)) {
        identifier();
      } else if (c == '-' || isDigit(c)) {
        number();
      } else {
        switch (c) {
          case ' ', '\t', '\n', '\r' -> position++;
          case '.' -> single(Type.DOT);
          case '*' -> single(Type.STAR);
          case ',' -> single(Type.COMMA);
          case ':' -> single(Type.COLON);
          case '{' -> single(Type.LBRACE);
          case '}' -> single(Type.RBRACE);
          case ']' -> single(Type.RBRACKET);
          case '(' -> single(Type.LPAREN);
          case ')' -> single(Type.RPAREN);
          case '@' -> single(Type.CURRENT);
          case '$' -> single(Type.ROOT);
          case '[' -> bracket();
          case '|' -> oneOrTwo('|', Type.OR, Type.PIPE);
          case '&' -> oneOrTwo('&', Type.AND, Type.EXPREF);
          case '!' -> oneOrTwo('=', Type.NE, Type.NOT);
          case '<' -> oneOrTwo('=', Type.LTE, Type.LT);
          case '>' -> oneOrTwo('=', Type.GTE, Type.GT);
          case '=' -> {
            position++;
            if (!next('=')) {
              throw error(start, "'=' is not an operator, use '=='");
            }
            add(Type.EQ, "", start);
          }
          case '"' -> add(Type.QUOTED_IDENTIFIER, quotedIdentifier(), start);
          case '\'' -> add(Type.RAW_STRING, delimited('\'').replace("\\'", "'"), start);
          case '`' -> add(Type.JSON_LITERAL, delimited('`').replace("\\`", "`"), start);
          default -> throw error(start, "unknown character " + describe(c));
        }
      }
    }
    tokens.add(new Token(Type.EOF, "", expression.length()));
  }

  private void identifier() {
    int start = position;
    position++;
    while (position < expression.length() && isIdentifierPart(expression.charAt(position))) {
      position++;
    }
    add(Type.UNQUOTED_IDENTIFIER, expression.substring(start, position), start);
  }

  private void number() {
    int start = position;
    if (expression.charAt(position) == '-') {
      position++;
    }
    int digits = position;
    while (position < expression.length() && isDigit(expression.charAt(position))) {
      position++;
    }
    if (position == digits) {
      throw error(start, "'-' must be followed by digits");
    }
    add(Type.NUMBER, expression.substring(start, position), start);
  }

  private void bracket() {
    int start = position++;
    if (next('?')) {
      add(Type.FILTER, "", start);
    } else if (next(']')) {
      add(Type.FLATTEN, "", start);
    } else {
      add(Type.LBRACKET, "", start);
    }
  }

  private void single(Type type) {
    add(type, "", position++);
  }

  private void oneOrTwo(char second, Type two, Type one) {
    int start = position++;
    add(next(second) ? two : one, "", start);
  }

  private boolean next(char c) {
    if (position < expression.length() && expression.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  /**
   * The raw text up to the closing delimiter. A backslash protects the character after it from
   * ending the token (as in jmespath.py); callers decide which escapes to unescape.
   */
  private String delimited(char delimiter) {
    int start = position++;
    StringBuilder text = new StringBuilder();
    while (position < expression.length()) {
      char c = expression.charAt(position++);
      if (c == delimiter) {
        return text.toString();
      }
      text.append(c);
      if (c == '\\' && position < expression.length()) {
        text.append(expression.charAt(position++));
      }
    }
    throw error(start, "unclosed " + delimiter);
  }

  private String quotedIdentifier() {
    int start = position;
    String raw = delimited('"');
    return JsonStrings.decode(
        raw, problem -> error(start, "invalid quoted identifier: " + problem));
  }

  private void add(Type type, String text, int offset) {
    tokens.add(new Token(type, text, offset));
  }

  private JmesPathSyntaxException error(int offset, String problem) {
    return new JmesPathSyntaxException(expression, offset, problem);
  }

  private static String describe(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
