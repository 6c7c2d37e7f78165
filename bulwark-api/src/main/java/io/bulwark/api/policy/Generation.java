package io.bulwark.api.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A rule's {@code generate} block, kept as its JSON tree (its target and {@code data} are
 * substituted per request). The loader has checked its shape: exactly one of {@code data},
 * {@code clone}, {@code cloneList} and {@code foreach} at most, and the target's scope.
 */
public record Generation(JsonNode spec) implements RuleAction {
  @Override
  public String typeName() {
    return "Generation";
  }

  /** Whether generated resources are kept in sync with the rule's data or clone source (default false). */
  public boolean synchronize() {
    return spec.path("synchronize").asBoolean(false);
  }

  /** Whether downstream resources are kept when the rule or policy is deleted (default false). */
  public boolean orphanDownstreamOnPolicyDelete() {
    return spec.path("orphanDownstreamOnPolicyDelete").asBoolean(false);
  }

  /**
   * The rule's own {@code generateExisting}, when set; otherwise the policy's
   * {@code generateExisting} (or its deprecated {@code generateExistingOnPolicyUpdate}) applies.
   */
  public Optional<Boolean> generateExisting() {
    JsonNode value = spec.get("generateExisting");
    return value == null || !value.isBoolean() ? Optional.empty() : Optional.of(value.booleanValue());
  }

  /** The {@code foreach} declarations, empty when the rule generates one pattern. */
  public List<JsonNode> foreach() {
    var out = new ArrayList<JsonNode>();
    spec.path("foreach").forEach(out::add);
    return out;
  }
}
