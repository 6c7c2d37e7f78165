package io.bulwark.api.policy;

import tools.jackson.databind.JsonNode;

/** A rule's {@code mutate} block, kept as its JSON tree; the engine reads its fields where it applies them. */
public record Mutation(JsonNode spec) implements RuleAction {
  @Override
  public String typeName() {
    return "Mutation";
  }

  /** Whether the block uses RFC 6902 patches, directly or in a foreach (turns autogen off). */
  public boolean usesJson6902() {
    return spec.has("patchesJson6902") || spec.path("foreach").findValue("patchesJson6902") != null;
  }

  /**
   * Whether this is a mutate-existing rule: it names {@code targets}, which it patches instead of
   * the object of the request (in the background, in a cluster).
   */
  public boolean isMutateExisting() {
    JsonNode targets = spec.get("targets");
    return targets != null && targets.isArray() && !targets.isEmpty();
  }

  /**
   * Whether a mutate-existing rule also runs when its policy is created or updated: the rule's own
   * {@code mutateExistingOnPolicyUpdate} when it sets one, else the policy's deprecated
   * {@code spec.mutateExistingOnPolicyUpdate} ({@code policyDefault}). Only the cluster side acts
   * on it.
   */
  public boolean mutateExistingOnPolicyUpdate(boolean policyDefault) {
    JsonNode own = spec.get("mutateExistingOnPolicyUpdate");
    return own != null && own.isBoolean() ? own.booleanValue() : policyDefault;
  }
}
