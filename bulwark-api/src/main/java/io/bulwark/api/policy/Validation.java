package io.bulwark.api.policy;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A rule's {@code validate} block. Patterns and conditions stay untyped JSON trees, the role
 * Kyverno gives {@code apiextensions.JSON}; absent parts are null (lists: empty).
 */
public record Validation(
    String message,
    FailureAction failureAction,
    List<FailureActionOverride> failureActionOverrides,
    boolean allowExistingViolations,
    JsonNode pattern,
    List<JsonNode> anyPattern,
    JsonNode deny,
    List<JsonNode> foreach,
    JsonNode podSecurity,
    JsonNode cel,
    JsonNode manifests) implements RuleAction {

  public Validation {
    failureActionOverrides = List.copyOf(failureActionOverrides);
    anyPattern = List.copyOf(anyPattern);
    foreach = List.copyOf(foreach);
  }

  @Override
  public String typeName() {
    return "Validation";
  }

  /** Which of the mutually exclusive checks this rule uses, in Kyverno's precedence. */
  public Kind kind() {
    if (pattern != null) return Kind.PATTERN;
    if (!anyPattern.isEmpty()) return Kind.ANY_PATTERN;
    if (deny != null) return Kind.DENY;
    if (!foreach.isEmpty()) return Kind.FOREACH;
    if (podSecurity != null) return Kind.POD_SECURITY;
    if (cel != null) return Kind.CEL;
    if (manifests != null) return Kind.MANIFESTS;
    return Kind.NONE;
  }

  /** The kinds of validate check. */
  public enum Kind { PATTERN, ANY_PATTERN, DENY, FOREACH, POD_SECURITY, CEL, MANIFESTS, NONE }
}
