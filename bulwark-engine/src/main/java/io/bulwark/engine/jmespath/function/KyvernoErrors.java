package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.JmesPathException;

/**
 * Kyverno's error texts for its functions ({@code pkg/engine/jmespath/error.go}), in one place.
 * Functions whose Go code returns a library error unwrapped (time parsing, base64, semver) build
 * that text next to the library emulation instead.
 */
final class KyvernoErrors {

  private KyvernoErrors() {}

  /** {@code JMESPath function 'NAME': MESSAGE}. */
  static JmesPathException generic(String function, String message) {
    return new JmesPathException("JMESPath function '" + function + "': " + message);
  }

  static JmesPathException invalidArgumentType(String function, int position, String type) {
    return generic(function, "argument #" + position + " is not of type " + type);
  }

  static JmesPathException typeMismatch(String function) {
    return generic(function, "Types mismatch");
  }

  static JmesPathException zeroDivisor(String function) {
    return generic(function, "Zero divisor passed");
  }

  static JmesPathException nonIntegerModulo(String function) {
    return generic(function, "Non-integer argument(s) passed for modulo");
  }

  static JmesPathException nonIntegerRound(String function) {
    return generic(function, "Non-integer argument(s) passed for round off");
  }

  static JmesPathException invalidOperands(String function) {
    return generic(function, "invalid operands");
  }

  /**
   * Kyverno formats this one ({@code %d argument is out of bounds (%d)}) without its two numbers,
   * so Go prints its missing-argument markers; the text users see is kept as is.
   */
  static JmesPathException argumentOutOfBounds(String function) {
    return generic(function, "%!d(MISSING) argument is out of bounds (%!d(MISSING))");
  }

  /** A Go library error that Kyverno returns as it is, without the function prefix. */
  static JmesPathException unwrapped(String message) {
    return new JmesPathException(message);
  }
}
