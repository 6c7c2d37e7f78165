package io.bulwark.engine.jmespath;

import static java.util.Objects.requireNonNull;

/**
 * A JMESPath expression that cannot be parsed or evaluated. The message is the user-facing text,
 * in Kyverno's wording where Kyverno has one (e.g. {@code Unknown key "x" in path}, {@code
 * JMESPath function 'add': argument #1 is not of type number}); {@link #kind()} classifies the
 * failure the way the JMESPath specification names its errors, so callers never match on text.
 */
public class JmesPathException extends RuntimeException {

  /** The error classes of the JMESPath specification, plus Kyverno's missing key. */
  public enum Kind {
    /** The expression does not parse ({@code syntax} in the compliance suite). */
    SYNTAX,
    /** A call names a function the registry does not hold ({@code unknown-function}). */
    UNKNOWN_FUNCTION,
    /** A call passes too few or too many arguments ({@code invalid-arity}). */
    INVALID_ARITY,
    /** An argument or an intermediate value has the wrong JSON type ({@code invalid-type}). */
    INVALID_TYPE,
    /** A value of the right type is out of range, e.g. slice step 0 ({@code invalid-value}). */
    INVALID_VALUE,
    /** Kyverno only: a selected field does not exist ({@link NotFoundException}). */
    NOT_FOUND,
    /** Any other evaluation failure, e.g. an extension function rejecting its input. */
    EVALUATION
  }

  private final Kind kind;

  public JmesPathException(String message) {
    this(Kind.EVALUATION, message);
  }

  public JmesPathException(String message, Throwable cause) {
    super(message, cause);
    this.kind = Kind.EVALUATION;
  }

  public JmesPathException(Kind kind, String message) {
    super(message);
    this.kind = requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
