package io.bulwark.engine.conditions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The operators of Kyverno's conditions ({@code ConditionOperators} in {@code
 * api/kyverno/v1/common_types.go}), each comparing a key with a value exactly as Kyverno's handler
 * for it does ({@code pkg/engine/variables/operator/*.go}).
 *
 * <p>Every operator is total: keys or values of a type the operator does not handle make it false,
 * never an exception. The rules, in short:
 *
 * <ul>
 *   <li>{@code Equals}: booleans, numbers (a numeric string value is parsed), and for a string key
 *       Go durations, then quantities, then a wildcard match with the value as the pattern; maps
 *       and lists are compared deeply. {@code NotEquals} is its negation, except that a null key is
 *       false for both.
 *   <li>{@code AnyIn}, {@code AllIn}, {@code AnyNotIn}, {@code AllNotIn}: the key, a scalar or a
 *       list of scalars, is printed as Go prints it; the value is a list, a scalar, a string
 *       holding a JSON array of strings, or a range {@code a-b}; elements match by wildcard in
 *       either direction.
 *   <li>{@code GreaterThan} and its kin: numbers; strings as Go durations, quantities, floats, then
 *       semantic versions.
 *   <li>{@code In}, {@code NotIn} and {@code Duration*}: deprecated forms kept for old policies.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public enum ConditionOperator {
  EQUALS("Equals"),
  /** Deprecated spelling of {@link #EQUALS}. */
  EQUAL("Equal"),
  NOT_EQUALS("NotEquals"),
  /** Deprecated spelling of {@link #NOT_EQUALS}. */
  NOT_EQUAL("NotEqual"),
  /** Deprecated: use {@link #ALL_IN} or {@link #ANY_IN}. */
  IN("In"),
  ANY_IN("AnyIn"),
  ALL_IN("AllIn"),
  /** Deprecated: use {@link #ALL_NOT_IN} or {@link #ANY_NOT_IN}. */
  NOT_IN("NotIn"),
  ANY_NOT_IN("AnyNotIn"),
  ALL_NOT_IN("AllNotIn"),
  GREATER_THAN_OR_EQUALS("GreaterThanOrEquals"),
  GREATER_THAN("GreaterThan"),
  LESS_THAN_OR_EQUALS("LessThanOrEquals"),
  LESS_THAN("LessThan"),
  /** Deprecated: {@link #GREATER_THAN_OR_EQUALS} compares durations too. */
  DURATION_GREATER_THAN_OR_EQUALS("DurationGreaterThanOrEquals"),
  /** Deprecated: {@link #GREATER_THAN} compares durations too. */
  DURATION_GREATER_THAN("DurationGreaterThan"),
  /** Deprecated: {@link #LESS_THAN_OR_EQUALS} compares durations too. */
  DURATION_LESS_THAN_OR_EQUALS("DurationLessThanOrEquals"),
  /** Deprecated: {@link #LESS_THAN} compares durations too. */
  DURATION_LESS_THAN("DurationLessThan");

  private final String kyvernoName;

  /** Operators by their exact name: the spelling nearly every policy uses. */
  private static final Map<String, ConditionOperator> BY_NAME = new HashMap<>();
  /** Operators by their name in Go's lower case. */
  private static final Map<String, ConditionOperator> BY_LOWER_CASE_NAME = new HashMap<>();

  static {
    for (ConditionOperator op : values()) {
      BY_NAME.put(op.kyvernoName, op);
      BY_LOWER_CASE_NAME.put(goToLower(op.kyvernoName), op);
    }
  }

  ConditionOperator(String kyvernoName) {
    this.kyvernoName = kyvernoName;
  }

  /** The name as Kyverno spells it in policies, such as {@code AnyNotIn}. */
  public String kyvernoName() {
    return kyvernoName;
  }

  /**
   * The operator named {@code name}, compared case-insensitively as Kyverno's {@code
   * CreateOperatorHandler} does ({@code EQUALS} and {@code equals} are {@link #EQUALS}).
   *
   * @return the operator, or empty when Kyverno has no handler for the name
   */
  public static Optional<ConditionOperator> parse(String name) {
    ConditionOperator exact = BY_NAME.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(BY_LOWER_CASE_NAME.get(goToLower(name)));
  }

  /**
   * What Kyverno suggests instead of a deprecated set operator ({@code
   * GetDeprecatedOperatorAlternative}): {@code AllIn} and {@code AnyIn} for {@code In}, {@code
   * AllNotIn} and {@code AnyNotIn} for {@code NotIn}; empty for every other operator.
   */
  public List<ConditionOperator> alternatives() {
    return switch (this) {
      case IN -> List.of(ALL_IN, ANY_IN);
      case NOT_IN -> List.of(ALL_NOT_IN, ANY_NOT_IN);
      default -> List.of();
    };
  }

  /**
   * Whether {@code key} relates to {@code value} by this operator.
   *
   * @param key the substituted key; Java null and missing nodes count as JSON null
   * @param value the substituted value; Java null and missing nodes count as JSON null
   */
  public boolean evaluate(JsonNode key, JsonNode value) {
    JsonNode k = key == null ? NullNode.getInstance() : key;
    JsonNode v = value == null ? NullNode.getInstance() : value;
    return switch (this) {
      case EQUALS, EQUAL -> Equality.equals(k, v);
      case NOT_EQUALS, NOT_EQUAL -> Equality.notEquals(k, v);
      case IN -> LegacyMembership.in(k, v);
      case NOT_IN -> LegacyMembership.notIn(k, v);
      case ANY_IN -> Membership.anyIn(k, v);
      case ALL_IN -> Membership.allIn(k, v);
      case ANY_NOT_IN -> Membership.anyNotIn(k, v);
      case ALL_NOT_IN -> Membership.allNotIn(k, v);
      case GREATER_THAN_OR_EQUALS -> NumericComparison.compare(k, v, Ordering.AT_LEAST);
      case GREATER_THAN -> NumericComparison.compare(k, v, Ordering.ABOVE);
      case LESS_THAN_OR_EQUALS -> NumericComparison.compare(k, v, Ordering.AT_MOST);
      case LESS_THAN -> NumericComparison.compare(k, v, Ordering.BELOW);
      case DURATION_GREATER_THAN_OR_EQUALS -> DurationComparison.compare(k, v, Ordering.AT_LEAST);
      case DURATION_GREATER_THAN -> DurationComparison.compare(k, v, Ordering.ABOVE);
      case DURATION_LESS_THAN_OR_EQUALS -> DurationComparison.compare(k, v, Ordering.AT_MOST);
      case DURATION_LESS_THAN -> DurationComparison.compare(k, v, Ordering.BELOW);
    };
  }

  /** Go's {@code strings.ToLower}: rune by rune, without locale rules. */
  private static String goToLower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
    return out.toString();
  }
}
