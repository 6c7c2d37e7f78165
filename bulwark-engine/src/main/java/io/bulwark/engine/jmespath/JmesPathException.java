package io.bulwark.engine.jmespath;

/**
 * A JMESPath expression that cannot be parsed or evaluated. The message is the user-facing text,
 * in Kyverno's wording where Kyverno has one (e.g. {@code Unknown key "x" in path}, {@code
 * JMESPath function 'add': argument #1 is not of type number}).
 */
public class JmesPathException extends RuntimeException {

  public JmesPathException(String message) {
    super(message);
  }

  public JmesPathException(String message, Throwable cause) {
    super(message, cause);
  }
}
