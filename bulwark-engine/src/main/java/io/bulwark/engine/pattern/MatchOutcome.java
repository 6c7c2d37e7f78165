package io.bulwark.engine.pattern;

import io.bulwark.api.problem.FieldPath;
import java.util.Objects;
import java.util.Optional;

/** What {@link PatternMatcher#match} found: the resource matches, does not, or is not concerned. */
public sealed interface MatchOutcome {

  /** The singleton for a resource that matches the pattern. */
  static MatchOutcome matched() {
    return Matched.INSTANCE;
  }

  /** The resource matches the pattern. */
  enum Matched implements MatchOutcome {
    INSTANCE
  }

  /**
   * The resource does not match.
   *
   * <p>{@code at} is where Kyverno reports the failure, rendered by {@link
   * FieldPath#kyvernoResourcePath()} as in {@code /spec/containers/0/image/}. Kyverno reports
   * some failures with no path at all, and then gives the rule the status <em>error</em> ({@code
   * validation error: rule <name> execution error: <reason>}) instead of <em>fail</em>. {@code
   * at} is empty in exactly those cases:
   *
   * <ul>
   *   <li>a conditional {@code (key)} or existence {@code ^(key)} anchor that the walk met was
   *       never matched by a key of any resource map it was checked against (a negation anchor's
   *       failure keeps its path even then);
   *   <li>a pattern list whose first element is itself a list, where the resource list is shorter
   *       than the pattern list.
   * </ul>
   *
   * @param at the failure path, or empty as described above
   * @param reason Kyverno's error text, shown to users when {@code at} is empty
   */
  record Mismatch(Optional<FieldPath> at, String reason) implements MatchOutcome {
    public Mismatch {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A conditional or global anchor did not hold, so the rule does not apply to this resource
   * (reported as <em>skip</em>). Kyverno gives no path for a skip.
   *
   * @param reason Kyverno's text, e.g. {@code conditional anchor mismatch: resource value 'a' does
   *     not match 'b' at path /metadata/name/}
   */
  record Skip(String reason) implements MatchOutcome {
    public Skip {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
