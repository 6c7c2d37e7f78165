package io.bulwark.engine.conditions;

import static java.util.Objects.requireNonNull;

/**
 * What evaluating conditions produced: they were met, they were not met, or they could not be
 * evaluated. The message is Kyverno's: for {@link Met} and {@link NotMet} it is built from the
 * conditions' own messages (possibly empty); for {@link EvalError} it is the error text.
 */
public sealed interface ConditionOutcome {

  /** Kyverno's message for this outcome. */
  String message();

  /** Whether the conditions held. An evaluation error never holds. */
  default boolean isMet() {
    return this instanceof Met;
  }

  /** The conditions held. */
  record Met(String message) implements ConditionOutcome {
    public Met {
      requireNonNull(message, "message");
    }
  }

  /** The conditions did not hold. */
  record NotMet(String message) implements ConditionOutcome {
    public NotMet {
      requireNonNull(message, "message");
    }
  }

  /**
   * A condition could not be evaluated: an unknown operator, or a variable the {@link Substitution}
   * could not resolve. Named EvalError, not Error, so it never shadows java.lang.Error.
   */
  record EvalError(String message) implements ConditionOutcome {
    public EvalError {
      requireNonNull(message, "message");
    }
  }
}
