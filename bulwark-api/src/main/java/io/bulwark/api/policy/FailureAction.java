package io.bulwark.api.policy;

import java.util.Optional;

/** What a failing validate rule does at admission: block (Enforce) or only report (Audit). */
public enum FailureAction {
  AUDIT("Audit"),
  ENFORCE("Enforce");

  private final String kyvernoName;

  FailureAction(String kyvernoName) {
    this.kyvernoName = kyvernoName;
  }

  public String kyvernoName() {
    return kyvernoName;
  }

  /** Accepts {@code Audit}/{@code Enforce} and the deprecated lowercase {@code audit}/{@code enforce}. */
  public static Optional<FailureAction> parse(String text) {
    return switch (text) {
      case "Audit", "audit" -> Optional.of(AUDIT);
      case "Enforce", "enforce" -> Optional.of(ENFORCE);
      default -> Optional.empty();
    };
  }
}
