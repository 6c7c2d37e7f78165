package io.bulwark.engine.conditions;

/**
 * The relation a comparison operator asks for between the key and the value ({@code
 * compareByCondition}, {@code compareVersionByCondition}, {@code durationCompareByCondition}).
 */
enum Ordering {
  ABOVE,
  AT_LEAST,
  BELOW,
  AT_MOST;

  /** Compares as Go's float64 operators do, so {@code -0.0} and {@code 0.0} are equal. */
  boolean holds(double key, double value) {
    return switch (this) {
      case ABOVE -> key > value;
      case AT_LEAST -> key >= value;
      case BELOW -> key < value;
      case AT_MOST -> key <= value;
    };
  }

  boolean holds(long key, long value) {
    return holds(Long.compare(key, value));
  }

  /** Whether a comparison result ({@code <0}, {@code 0}, {@code >0}) satisfies the relation. */
  boolean holds(int comparison) {
    return switch (this) {
      case ABOVE -> comparison > 0;
      case AT_LEAST -> comparison >= 0;
      case BELOW -> comparison < 0;
      case AT_MOST -> comparison <= 0;
    };
  }
}
