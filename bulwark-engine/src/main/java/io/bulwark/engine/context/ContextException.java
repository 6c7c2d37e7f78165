package io.bulwark.engine.context;

/** A query or a context entry that could not be resolved; the message is user-facing. */
public class ContextException extends RuntimeException {

  public ContextException(String message) {
    super(message);
  }

  public ContextException(String message, Throwable cause) {
    super(message, cause);
  }
}
