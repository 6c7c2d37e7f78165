package io.bulwark.engine.variables;

/**
 * A variable or reference that could not be substituted. The message names the variable and
 * where it was ({@code failed to resolve request.object.x at path /spec/: JMESPath query failed:
 * Unknown key "x" in path}).
 */
public final class SubstitutionException extends RuntimeException {

  public SubstitutionException(String message) {
    super(message);
  }

  public SubstitutionException(String message, Throwable cause) {
    super(message, cause);
  }
}
