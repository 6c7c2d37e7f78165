package io.bulwark.engine.result;

import java.util.Locale;

/** A rule's outcome, as Kyverno names them in reports and test files. */
public enum RuleStatus {
  PASS,
  FAIL,
  WARN,
  ERROR,
  SKIP;

  /** {@code pass}, {@code fail}, ...: the spelling of reports and kyverno-test.yaml. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
