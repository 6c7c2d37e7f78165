package io.bulwark.api.policy;

import java.util.Optional;

/** What the webhook does when a policy cannot be evaluated: reject (Fail, the default) or allow (Ignore). */
public enum FailurePolicy {
  FAIL("Fail"),
  IGNORE("Ignore");

  private final String kyvernoName;

  FailurePolicy(String kyvernoName) {
    this.kyvernoName = kyvernoName;
  }

  public String kyvernoName() {
    return kyvernoName;
  }

  public static Optional<FailurePolicy> parse(String text) {
    return switch (text) {
      case "Fail" -> Optional.of(FAIL);
      case "Ignore" -> Optional.of(IGNORE);
      default -> Optional.empty();
    };
  }
}
