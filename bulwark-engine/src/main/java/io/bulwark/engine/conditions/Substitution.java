package io.bulwark.engine.conditions;

import tools.jackson.databind.JsonNode;

/**
 * Resolves the variables of one condition key or value just before Kyverno compares it. Kyverno
 * substitutes lazily, condition by condition, so a variable in a condition that an {@code any}
 * block never reaches cannot fail the evaluation; passing a substitution to {@link Conditions}
 * keeps that behaviour. {@link #NONE} is for values that are already substituted.
 */
@FunctionalInterface
public interface Substitution {

  /** Values are used as they are. */
  Substitution NONE = raw -> raw;

  /**
   * @param raw the key or value as written in the policy
   * @return the substituted value
   * @throws SubstitutionException with Kyverno's text when a variable cannot be resolved
   */
  JsonNode substitute(JsonNode raw) throws SubstitutionException;
}
