package io.bulwark.api.policy;

import tools.jackson.databind.JsonNode;

/** A rule's {@code verifyImages} list, kept as its JSON tree; verification needs a registry. */
public record VerifyImages(JsonNode spec) implements RuleAction {
  @Override
  public String typeName() {
    return "ImageVerify";
  }
}
