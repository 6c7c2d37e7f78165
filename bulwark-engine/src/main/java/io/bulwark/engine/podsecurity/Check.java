package io.bulwark.engine.podsecurity;

import java.util.List;

/**
 * One pod-security check with its versioned implementations, as the library registers it.
 *
 * @param id the library's check ID
 * @param baseline true for a baseline check, false for a restricted one
 * @param versions implementations by the first policy version they apply to, oldest first
 */
record Check(String id, boolean baseline, List<Versioned> versions) {

  /** The implementation that applies from {@code minimum} on. */
  record Versioned(PssVersion minimum, Fn fn) {}

  @FunctionalInterface
  interface Fn {
    CheckResult check(Pod pod);
  }

  static Check baseline(String id, Versioned... versions) {
    return new Check(id, true, List.of(versions));
  }

  static Check restricted(String id, Versioned... versions) {
    return new Check(id, false, List.of(versions));
  }

  static Versioned since(int minor, Fn fn) {
    return new Versioned(PssVersion.of(minor), fn);
  }
}
