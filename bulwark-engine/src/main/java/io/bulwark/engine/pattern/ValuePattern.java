package io.bulwark.engine.pattern;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Whether one resource value matches one pattern leaf, as Kyverno's {@code pattern.Validate}
 * decides it. The pattern's JSON type chooses the rule:
 *
 * <ul>
 *   <li><b>string</b>: operators and wildcards, see below;
 *   <li><b>boolean</b>: the value is the same boolean;
 *   <li><b>integer</b>: an equal integer, an integral float, or a decimal string of it ({@code
 *       "80"});
 *   <li><b>float</b>: an equal float, an integer when the pattern has no fraction, or a string that
 *       parses to it ({@code "80.0"});
 *   <li><b>null</b>: null (or absent), {@code ""}, {@code 0}, {@code 0.0} or {@code false};
 *   <li><b>object</b>: any object; <b>array</b>: never.
 * </ul>
 *
 * <p>A string pattern is split on {@code |} (any alternative may hold), each alternative on {@code
 * &} (all must hold). Each condition may start with {@code >=}, {@code <=}, {@code >}, {@code <} or
 * {@code !}, or be a range {@code a-b} (inclusive) or {@code a!-b} (outside). Operands compare as
 * Go durations first, then as Kubernetes quantities, then as text with {@code *}/{@code ?}
 * wildcards (text supports only equality and {@code !}). Non-string values are turned into text the
 * way Go prints them: integers in decimal, floats as {@code 1.5E+00}, booleans as {@code
 * true}/{@code false}; null never matches a text comparison.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValuePattern {

  private ValuePattern() {}

  /**
   * @param value the resource value; Java null and missing nodes count as JSON null
   * @param pattern the pattern leaf
   */
  public static boolean matches(JsonNode value, JsonNode pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return switch (GoKind.of(pattern)) {
      case BOOL ->
          GoKind.of(value) == GoKind.BOOL && value.booleanValue() == pattern.booleanValue();
      case INT64 -> matchesInteger(value, pattern.longValue());
      case FLOAT64 -> matchesFloat(value, pattern.doubleValue());
      case NIL -> matchesNull(value);
      case MAP -> GoKind.of(value) == GoKind.MAP;
      case STRING -> StringPattern.matches(value, pattern.stringValue());
      case SLICE, OTHER -> false;
    };
  }

  /**
   * Whether {@code text} is a range condition ({@code 1-10}, {@code 1Ki-2Mi}) by Kyverno's {@code
   * operator.GetOperatorFromStringPattern}; {@code a!-b} and conditions starting with a comparison
   * operator are not.
   */
  public static boolean isRange(String text) {
    return ValueOperator.of(text) == ValueOperator.IN_RANGE;
  }

  private static boolean matchesInteger(JsonNode value, long expected) {
    return switch (GoKind.of(value)) {
      case INT64 -> value.longValue() == expected;
      case FLOAT64 -> {
        double d = value.doubleValue();
        yield GoNumbers.isIntegral(d) && GoNumbers.toInt64(d) == expected;
      }
      case STRING -> {
        OptionalLong parsed = GoNumbers.parseInt(value.stringValue());
        yield parsed.isPresent() && parsed.getAsLong() == expected;
      }
      default -> false;
    };
  }

  private static boolean matchesFloat(JsonNode value, double expected) {
    return switch (GoKind.of(value)) {
      case INT64 ->
          GoNumbers.isIntegral(expected) && GoNumbers.toInt64(expected) == value.longValue();
      case FLOAT64 -> value.doubleValue() == expected;
      case STRING -> {
        OptionalDouble parsed = GoNumbers.parseFloat(value.stringValue());
        yield parsed.isPresent() && parsed.getAsDouble() == expected;
      }
      default -> false;
    };
  }

  private static boolean matchesNull(JsonNode value) {
    return switch (GoKind.of(value)) {
      case NIL -> true;
      case FLOAT64 -> value.doubleValue() == 0.0;
      case INT64 -> value.longValue() == 0;
      case STRING -> value.stringValue().isEmpty();
      case BOOL -> !value.booleanValue();
      default -> false;
    };
  }
}
