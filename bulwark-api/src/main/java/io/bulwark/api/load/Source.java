package io.bulwark.api.load;

import java.util.Objects;

/**
 * One input text and the label that problems and documents use for it: the path as the user gave it
 * (joined with the path inside a directory), or {@link InputFiles#STDIN_LABEL}.
 */
public record Source(String label, String text) {

  public Source {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
