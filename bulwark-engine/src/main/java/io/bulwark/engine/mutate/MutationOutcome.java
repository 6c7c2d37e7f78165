package io.bulwark.engine.mutate;

import io.bulwark.engine.result.PolicyResponse;
import tools.jackson.databind.JsonNode;

/**
 * What one policy's mutate rules did to one resource: the rule responses, and the resource after
 * every rule that passed ({@code patched}; equal to the request object when nothing changed). The
 * next policy of a chain mutates {@code patched}.
 */
public record MutationOutcome(PolicyResponse response, JsonNode patched) {}
