package io.bulwark.cli.testfile;

/**
 * The verdict on one (result row, resource) pair of a test file. {@code actual} is the result
 * Bulwark computed (null when nothing answered); {@code reason} is Kyverno's wording: {@code Ok},
 * {@code Want X, got Y}, {@code Excluded}, {@code Not found}.
 */
public record RowOutcome(
    TestFile.Expectation expectation,
    String resource,
    boolean success,
    String actual,
    String reason,
    String message,
    Kind kind) {

  /** How the row was decided. */
  public enum Kind {
    /** A rule response was compared with the expectation. */
    COMPARED,
    /** The resource was evaluated but no response of the row's rule came back; Kyverno counts this as a pass. */
    EXCLUDED,
    /** No response for this policy and resource at all. */
    NOT_FOUND
  }

  /**
   * Whether the row holds strictly: the computed result equals the expected one, where an
   * excluded resource counts as {@code skip}. Stricter than Kyverno, which passes every excluded
   * row; the conformance ratchet uses this.
   */
  public boolean strictSuccess() {
    return switch (kind) {
      case COMPARED -> success;
      case EXCLUDED -> "skip".equals(expectation.result());
      case NOT_FOUND -> false;
    };
  }

  /** What the row expected, as the test file says it. */
  public String expected() {
    return expectation.result();
  }
}
