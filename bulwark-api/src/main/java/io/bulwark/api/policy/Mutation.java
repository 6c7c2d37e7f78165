package io.bulwark.api.policy;

import tools.jackson.databind.JsonNode;

/** A rule's {@code mutate} block, kept as its JSON tree until the mutate engine types it. */
public record Mutation(JsonNode spec) implements RuleAction {
  @Override
  public String typeName() {
    return "Mutation";
  }

  /** Whether the block uses RFC 6902 patches, directly or in a foreach (turns autogen off). */
  public boolean usesJson6902() {
    return spec.has("patchesJson6902") || spec.path("foreach").findValue("patchesJson6902") != null;
  }
}
