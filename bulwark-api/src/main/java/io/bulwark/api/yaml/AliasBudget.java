package io.bulwark.api.yaml;

/**
 * go-yaml v2's guard against alias bombs ("billion laughs"), counted in converted nodes: once more
 * than 100 nodes came from aliases and more than 1000 were converted, the share that came from
 * aliases may not exceed 99% for small documents, sliding down to 10% at 4 million nodes. The
 * numbers are go-yaml's ({@code allowedAliasRatio} in decode.go).
 */
final class AliasBudget {

  private static final long RATIO_RANGE_LOW = 400_000;
  private static final long RATIO_RANGE_HIGH = 4_000_000;

  private long decoded;
  private long aliased;

  /** Counts {@code count} nodes converted from their own text. */
  void decoded(long count) {
    decoded += count;
  }

  /** Counts {@code count} nodes copied through an alias; false once aliasing is excessive. */
  boolean aliased(long count) {
    decoded += count;
    aliased += count;
    return aliased <= 100 || decoded <= 1000 || (double) aliased / decoded <= allowedRatio(decoded);
  }

  static double allowedRatio(long decodeCount) {
    if (decodeCount <= RATIO_RANGE_LOW) {
      return 0.99;
    }
    if (decodeCount >= RATIO_RANGE_HIGH) {
      return 0.10;
    }
    double progress =
        (double) (decodeCount - RATIO_RANGE_LOW) / (RATIO_RANGE_HIGH - RATIO_RANGE_LOW);
    return 0.99 - 0.89 * progress;
  }
}
