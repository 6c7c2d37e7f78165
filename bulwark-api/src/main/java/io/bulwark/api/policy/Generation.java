package io.bulwark.api.policy;

import tools.jackson.databind.JsonNode;

/** A rule's {@code generate} block, kept as its JSON tree until the generate engine types it. */
public record Generation(JsonNode spec) implements RuleAction {
  @Override
  public String typeName() {
    return "Generation";
  }
}
