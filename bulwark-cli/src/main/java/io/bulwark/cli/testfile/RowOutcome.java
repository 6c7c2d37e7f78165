package io.bulwark.cli.testfile;

/**
 * The verdict on one (result row, resource) pair of a test file. {@code actual} is the result
 * Bulwark computed (null when nothing answered); {@code reason} is Kyverno's wording: {@code Ok},
 * {@code Want X, got Y}, {@code Resource diff}, {@code Resource error}, {@code Excluded}, {@code
 * Not found}. {@code success} is Kyverno's verdict, {@code holds} whether every check of the row
 * held (they differ where Kyverno is lenient: a row expecting {@code fail} passes whenever a
 * check fails).
 */
public record RowOutcome(
    TestFile.Expectation expectation,
    String resource,
    boolean success,
    String actual,
    String reason,
    String message,
    Kind kind,
    boolean holds) {

  /** An outcome whose checks hold exactly when it succeeds. */
  public RowOutcome(TestFile.Expectation expectation, String resource, boolean success, String actual, String reason,
      String message, Kind kind) {
    this(expectation, resource, success, actual, reason, message, kind, success);
  }

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
   * Whether the row holds strictly: the computed result equals the expected one (and the patched
   * resource the expected file), where an excluded resource counts as {@code skip}. Stricter than
   * Kyverno, which passes every excluded row and every row expecting {@code fail} whose checks do
   * not hold; the conformance ratchet uses this.
   */
  public boolean strictSuccess() {
    return switch (kind) {
      case COMPARED -> holds;
      case EXCLUDED -> "skip".equals(expectation.result());
      case NOT_FOUND -> false;
    };
  }

  /** What the row expected, as the test file says it. */
  public String expected() {
    return expectation.result();
  }
}
