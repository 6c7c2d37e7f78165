package io.bulwark.engine.jmespath;

import static java.util.Objects.requireNonNull;

/**
 * An expression that does not parse. The message reads {@code SyntaxError: <what> at column <n>};
 * {@link #column()} is 1-based and counts UTF-16 code units of {@link #expression()}.
 */
public final class JmesPathSyntaxException extends JmesPathException {

  private final String expression;
  private final int column;

  public JmesPathSyntaxException(String expression, int offset, String problem) {
    super(Kind.SYNTAX, "SyntaxError: " + problem + " at column " + (offset + 1));
    this.expression = requireNonNull(expression, "expression");
    this.column = offset + 1;
  }

  public String expression() {
    return expression;
  }

  public int column() {
    return column;
  }

  /** The expression with a caret under the offending column, for multi-line CLI output. */
  public String highlight() {
    return expression + "\n" + " ".repeat(column - 1) + "^";
  }
}
