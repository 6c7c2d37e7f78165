package io.bulwark.api.policy;

import java.util.Optional;

/** {@code spec.applyRules}: apply every matching rule (All, the default) or stop after the first (One). */
public enum ApplyRules {
  ALL,
  ONE;

  public static Optional<ApplyRules> parse(String text) {
    return switch (text) {
      case "All" -> Optional.of(ALL);
      case "One" -> Optional.of(ONE);
      default -> Optional.empty();
    };
  }
}
