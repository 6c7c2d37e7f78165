package io.bulwark.engine.pattern;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator that starts one condition of a string pattern (Kyverno's {@code
 * operator.GetOperatorFromStringPattern}). Ranges are recognised by shape, not by prefix.
 */
enum ValueOperator {
  EQUAL(""),
  MORE_EQUAL(">="),
  LESS_EQUAL("<="),
  NOT_EQUAL("!"),
  MORE(">"),
  LESS("<"),
  IN_RANGE("-"),
  NOT_IN_RANGE("!-");

  // The sign class really is "-", "|" or "+": Kyverno's expression allows a '|' there.
  private static final String BOUND = "([-|+]?\\d+(?:\\.\\d+)?[A-Za-z]*)";
  private static final Pattern IN_RANGE_SHAPE = Pattern.compile(BOUND + "-" + BOUND);
  private static final Pattern NOT_IN_RANGE_SHAPE = Pattern.compile(BOUND + "!-" + BOUND);

  private final String symbol;

  ValueOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The prefix as written in a pattern. */
  String symbol() {
    return symbol;
  }

  /** The operator of {@code condition}; conditions shorter than two characters are equality. */
  static ValueOperator of(String condition) {
    if (condition.length() < 2) {
      return EQUAL;
    }
    if (condition.startsWith(">=")) {
      return MORE_EQUAL;
    }
    if (condition.startsWith("<=")) {
      return LESS_EQUAL;
    }
    if (condition.startsWith(">")) {
      return MORE;
    }
    if (condition.startsWith("<")) {
      return LESS;
    }
    if (condition.startsWith("!")) {
      return NOT_EQUAL;
    }
    if (NOT_IN_RANGE_SHAPE.matcher(condition).matches()) {
      return NOT_IN_RANGE;
    }
    if (IN_RANGE_SHAPE.matcher(condition).matches()) {
      return IN_RANGE;
    }
    return EQUAL;
  }

  /** The two bounds of a range condition, or empty when {@code condition} is not a range. */
  Optional<String[]> bounds(String condition) {
    Pattern shape =
        switch (this) {
          case IN_RANGE -> IN_RANGE_SHAPE;
          case NOT_IN_RANGE -> NOT_IN_RANGE_SHAPE;
          default -> throw new IllegalStateException(this + " has no bounds");
        };
    Matcher m = shape.matcher(condition);
    return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
  }

  /** Whether a comparison result ({@code <0}, {@code 0}, {@code >0}) satisfies this operator. */
  boolean accepts(int comparison) {
    return switch (this) {
      case EQUAL -> comparison == 0;
      case NOT_EQUAL -> comparison != 0;
      case MORE -> comparison > 0;
      case LESS -> comparison < 0;
      case MORE_EQUAL -> comparison >= 0;
      case LESS_EQUAL -> comparison <= 0;
      case IN_RANGE, NOT_IN_RANGE -> throw new IllegalStateException(this + " compares bounds");
    };
  }
}
