package io.bulwark.engine.pattern;

import io.bulwark.engine.value.GoDuration;
import io.bulwark.engine.value.Quantity;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Pattern strings come from policies, so there are few distinct ones; past this many, parse afresh. */
  private static final int CACHE_LIMIT = 4096;
  private static final Map<String, List<List<Condition>>> COMPILED = new ConcurrentHashMap<>();

  private StringPattern() {}

  /**
   * One condition, parsed: its operator, its operand, and the operand read as a duration and as a
   * quantity (empty when it is not one). A range holds its two bound conditions instead: both must
   * hold for {@code a-b}, either for {@code a!-b}; a range whose bounds do not parse holds none.
   */
  private record Condition(ValueOperator op, String operand, Optional<GoDuration> duration,
      Optional<Quantity> quantity, List<Condition> bounds) {}

  static boolean matches(JsonNode value, String pattern) {
    if (GoKind.of(value) == GoKind.STRING && value.stringValue().equals(pattern)) {
      return true;
    }
    for (List<Condition> alternative : compiled(pattern)) {
      if (allConditions(value, alternative)) {
        return true;
      }
    }
    return false;
  }

  /** Alternatives split on {@code |}, each a conjunction split on {@code &}, trimmed and parsed. */
  private static List<List<Condition>> compiled(String pattern) {
    List<List<Condition>> cached = COMPILED.get(pattern);
    if (cached != null) {
      return cached;
    }
    List<List<Condition>> alternatives = new ArrayList<>();
    for (String alternative : GoStrings.split(pattern, '|')) {
      List<Condition> conditions = new ArrayList<>();
      for (String condition : GoStrings.split(GoStrings.trimBlanks(alternative), '&')) {
        conditions.add(condition(GoStrings.trimBlanks(condition)));
      }
      alternatives.add(List.copyOf(conditions));
    }
    List<List<Condition>> compiled = List.copyOf(alternatives);
    if (COMPILED.size() < CACHE_LIMIT) {
      COMPILED.put(pattern, compiled);
    }
    return compiled;
  }

  private static Condition condition(String condition) {
    ValueOperator op = ValueOperator.of(condition);
    return switch (op) {
      case IN_RANGE -> range(op, op.bounds(condition).map(b -> List.of(condition(">= " + b[0]), condition("<= " + b[1]))));
      case NOT_IN_RANGE -> range(op, op.bounds(condition).map(b -> List.of(condition("< " + b[0]), condition("> " + b[1]))));
      default -> {
        String operand = GoStrings.trimSpace(condition.substring(op.symbol().length()));
        yield new Condition(op, operand, GoDuration.parse(operand), Quantity.parse(operand), List.of());
      }
    };
  }

  private static Condition range(ValueOperator op, Optional<List<Condition>> bounds) {
    return new Condition(op, "", Optional.empty(), Optional.empty(), bounds.orElse(List.of()));
  }

  private static boolean allConditions(JsonNode value, List<Condition> conjunction) {
    for (Condition condition : conjunction) {
      if (!holds(value, condition)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(JsonNode value, Condition condition) {
    return switch (condition.op()) {
      case IN_RANGE -> !condition.bounds().isEmpty()
          && holds(value, condition.bounds().get(0)) && holds(value, condition.bounds().get(1));
      case NOT_IN_RANGE -> !condition.bounds().isEmpty()
          && (holds(value, condition.bounds().get(0)) || holds(value, condition.bounds().get(1)));
      default -> compare(value, condition);
    };
  }

  private static boolean compare(JsonNode value, Condition condition) {
    Optional<Boolean> asDuration = compareParsed(value, condition.duration(), condition.op(), GoDuration::parse);
    if (asDuration.isPresent()) {
      return asDuration.get();
    }
    Optional<Boolean> asQuantity = compareParsed(value, condition.quantity(), condition.op(), Quantity::parse);
    if (asQuantity.isPresent()) {
      return asQuantity.get();
    }
    return compareText(value, condition.operand(), condition.op());
  }

  /** Empty when either side does not parse, so the next kind of comparison is tried. */
  private static <T extends Comparable<T>> Optional<Boolean> compareParsed(
      JsonNode value, Optional<T> expected, ValueOperator op, Function<String, Optional<T>> parser) {
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
