package io.bulwark.engine.mutate;

import io.bulwark.engine.result.RuleResponse;
import tools.jackson.databind.JsonNode;

/**
 * A target of a mutate-existing rule as the rule left it: the {@code pass} response that reported
 * it (one of the outcome's responses, the same object) and the patched object, which Kyverno's CLI
 * compares with a test's {@code patchedResources}.
 */
public record PatchedTarget(RuleResponse response, JsonNode resource) {}
