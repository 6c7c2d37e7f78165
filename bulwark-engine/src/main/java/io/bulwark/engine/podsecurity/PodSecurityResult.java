package io.bulwark.engine.podsecurity;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of {@link PodSecurity#evaluate}: whether the pod is allowed and, if not, every check
 * it failed after exclusions.
 *
 * @param level the rule's {@code level}, as written
 * @param version the rule's {@code version}, as written (possibly empty)
 */
public record PodSecurityResult(String level, String version, List<CheckFailure> failures) {

  public PodSecurityResult {
    requireNonNull(level, "level");
    requireNonNull(version, "version");
    failures = List.copyOf(failures);
  }

  public boolean allowed() {
    return failures.isEmpty();
  }

  /**
   * Kyverno's rule message. When allowed: {@code Validation rule 'NAME' passed.} Otherwise {@code
   * Validation rule 'NAME' failed. It violates PodSecurity "LEVEL:VERSION": } followed by every failed
   * check as {@code (Forbidden reason: R, field error list: [E1, E2])}, with nothing between checks.
   */
  public String message(String ruleName) {
    if (allowed()) {
      return "Validation rule '" + ruleName + "' passed.";
    }
    var out = new StringBuilder("Validation rule '").append(ruleName).append("' failed. It violates PodSecurity \"")
        .append(level).append(':').append(version).append("\": ");
    for (CheckFailure failure : failures) {
      out.append(failure.render());
    }
    return out.toString();
  }

  /** The failed check IDs, comma-separated, as in the {@code controls} report property. */
  public String controls() {
    return String.join(",", failures.stream().map(CheckFailure::checkId).toList());
  }
}
