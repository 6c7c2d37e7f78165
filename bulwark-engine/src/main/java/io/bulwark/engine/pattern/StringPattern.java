package io.bulwark.engine.pattern;

import io.bulwark.engine.value.GoDuration;
import io.bulwark.engine.value.Quantity;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A string pattern leaf (Kyverno's {@code validateStringPatterns}): alternatives split on {@code
 * |}, each a conjunction split on {@code &}, each condition an operator and an operand.
 *
 * <p>An operand is compared as a Go duration when both sides parse as one, else as a Kubernetes
 * quantity when both parse as one, else as a string. String comparison supports only equality
 * and {@code !}, with {@code *} and {@code ?} wildcards; ordering operators on strings never
 * match. The duration-first order is Kyverno's: {@code "10m"} is ten minutes here, not ten
 * thousandths.
 */
final class StringPattern {

  private StringPattern() {}

  static boolean matches(JsonNode value, String pattern) {
    if (GoKind.of(value) == GoKind.STRING && value.stringValue().equals(pattern)) {
      return true;
    }
    for (String alternative : GoStrings.split(pattern, '|')) {
      if (allConditions(value, GoStrings.trimBlanks(alternative))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allConditions(JsonNode value, String conjunction) {
    for (String condition : GoStrings.split(conjunction, '&')) {
      if (!condition(value, GoStrings.trimBlanks(condition))) {
        return false;
      }
    }
    return true;
  }

  private static boolean condition(JsonNode value, String condition) {
    ValueOperator op = ValueOperator.of(condition);
    return switch (op) {
      case IN_RANGE ->
          op.bounds(condition)
              .map(b -> condition(value, ">= " + b[0]) && condition(value, "<= " + b[1]))
              .orElse(false);
      case NOT_IN_RANGE ->
          op.bounds(condition)
              .map(b -> condition(value, "< " + b[0]) || condition(value, "> " + b[1]))
              .orElse(false);
      default ->
          compare(value, GoStrings.trimSpace(condition.substring(op.symbol().length())), op);
    };
  }

  private static boolean compare(JsonNode value, String operand, ValueOperator op) {
    Optional<Boolean> asDuration = compareParsed(value, operand, op, GoDuration::parse);
    if (asDuration.isPresent()) {
      return asDuration.get();
    }
    Optional<Boolean> asQuantity = compareParsed(value, operand, op, Quantity::parse);
    if (asQuantity.isPresent()) {
      return asQuantity.get();
    }
    return compareText(value, operand, op);
  }

  /** Empty when either side does not parse, so the next kind of comparison is tried. */
  private static <T extends Comparable<T>> Optional<Boolean> compareParsed(
      JsonNode value, String operand, ValueOperator op, Function<String, Optional<T>> parser) {
    Optional<T> expected = parser.apply(operand);
    if (expected.isEmpty()) {
      return Optional.empty();
    }
    return numberText(value)
        .flatMap(parser)
        .map(actual -> op.accepts(actual.compareTo(expected.get())));
  }

  private static boolean compareText(JsonNode value, String operand, ValueOperator op) {
    if (op != ValueOperator.EQUAL && op != ValueOperator.NOT_EQUAL) {
      return false;
    }
    Optional<String> text = plainText(value);
    if (text.isEmpty()) {
      return false;
    }
    boolean matched = Wildcard.match(operand, text.get());
    return op == ValueOperator.NOT_EQUAL ? !matched : matched;
  }

  /**
   * Kyverno's {@code convertNumberToString}: what a duration or quantity is parsed from. A null
   * value reads as {@code "0"} and a float as {@code %f}, so {@code 1.5} becomes {@code
   * "1.500000"}.
   */
  private static Optional<String> numberText(JsonNode value) {
    return switch (GoKind.of(value)) {
      case NIL -> Optional.of("0");
      case STRING -> Optional.of(value.stringValue());
      case FLOAT64 -> Optional.of(GoFormat.sixDecimals(value.doubleValue()));
      case INT64 -> Optional.of(Long.toString(value.longValue()));
      default -> Optional.empty();
    };
  }

  /** The text a wildcard is matched against; floats use Go's {@code 'E'} form ({@code 1.5E+00}). */
  private static Optional<String> plainText(JsonNode value) {
    return switch (GoKind.of(value)) {
      case FLOAT64 -> Optional.of(GoFormat.exponentForm(value.doubleValue()));
      case INT64 -> Optional.of(Long.toString(value.longValue()));
      case STRING -> Optional.of(value.stringValue());
      case BOOL -> Optional.of(Boolean.toString(value.booleanValue()));
      default -> Optional.empty();
    };
  }
}
