package io.bulwark.engine.conditions;

/**
 * A variable in a condition could not be resolved. The message is Kyverno's text for the failure,
 * such as {@code failed to resolve x at path : JMESPath query failed: Unknown key "x" in path};
 * {@link Conditions} prefixes it the way Kyverno does.
 */
public final class SubstitutionException extends Exception {

  private static final long serialVersionUID = 1L;

  public SubstitutionException(String message) {
    super(message);
  }
}
