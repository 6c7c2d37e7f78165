package io.bulwark.engine.mutate.patch;

/** A patch that cannot be applied; the message names the path and what is wrong there. */
public final class PatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PatchException(String message) {
    super(message);
  }
}
