package io.bulwark.engine.match;

/**
 * Whether a rule selects a request. A miss carries Kyverno's message, for example {@code rule
 * check-labels not matched:\n 1. kind does not match [Deployment]}.
 */
public sealed interface MatchResult permits MatchResult.Matched, MatchResult.NotMatched {

  boolean matched();

  /** The rule applies to the request. */
  record Matched() implements MatchResult {
    @Override
    public boolean matched() {
      return true;
    }
  }

  /** The rule does not apply; {@code message} says why, in Kyverno's words. */
  record NotMatched(String message) implements MatchResult {
    @Override
    public boolean matched() {
      return false;
    }
  }

  MatchResult MATCHED = new Matched();

  static MatchResult notMatched(String message) {
    return new NotMatched(message);
  }
}
