package io.bulwark.api.problem;

/** How bad a {@link Problem} is: an error makes the input unusable, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
