package io.bulwark.engine.request;

import java.util.Locale;
import java.util.Optional;

/** The admission operation of a request. */
public enum Operation {
  CREATE,
  UPDATE,
  DELETE,
  CONNECT;

  public static Optional<Operation> parse(String text) {
    try {
      return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
