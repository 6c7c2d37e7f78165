package io.bulwark.engine.jmespath;

/**
 * One lexical token: its type, its decoded text (identifier name, raw string, literal JSON text,
 * number digits; empty for punctuation) and the offset of its first character in the expression.
 */
record Token(Type type, String text, int offset) {

  /**
   * Token types with the binding power the Pratt parser gives them when they follow an
   * expression (go-jmespath's table: the higher, the tighter the token binds to its left).
   */
  enum Type {
    EOF("end of expression", 0),
    UNQUOTED_IDENTIFIER("identifier", 0),
    QUOTED_IDENTIFIER("quoted identifier", 0),
    NUMBER("number", 0),
    JSON_LITERAL("JSON literal", 0),
    RAW_STRING("raw string", 0),
    CURRENT("'@'", 0),
    ROOT("'$'", 0),
    EXPREF("'&'", 0),
    COMMA("','", 0),
    COLON("':'", 0),
    RBRACKET("']'", 0),
    RPAREN("')'", 0),
    RBRACE("'}'", 0),
    PIPE("'|'", 1),
    OR("'||'", 2),
    AND("'&&'", 3),
    EQ("'=='", 5),
    NE("'!='", 5),
    LT("'<'", 5),
    LTE("'<='", 5),
    GT("'>'", 5),
    GTE("'>='", 5),
    FLATTEN("'[]'", 9),
    STAR("'*'", 20),
    FILTER("'[?'", 21),
    DOT("'.'", 40),
    NOT("'!'", 45),
    LBRACE("'{'", 50),
    LBRACKET("'['", 55),
    LPAREN("'('", 60);

    private final String description;
    private final int bindingPower;

    Type(String description, int bindingPower) {
      this.description = description;
      this.bindingPower = bindingPower;
    }

    String description() {
      return description;
    }

    int bindingPower() {
      return bindingPower;
    }
  }
}
