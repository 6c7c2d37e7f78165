package io.bulwark.engine.mutate;

import io.bulwark.engine.result.PolicyResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What one policy's mutate rules did to one resource: the rule responses, and the resource after
 * every rule that passed ({@code patched}; equal to the request object when nothing changed). The
 * next policy of a chain mutates {@code patched}. Mutate-existing rules leave {@code patched}
 * alone and report each target they changed in {@code targets}, in response order.
 */
public record MutationOutcome(PolicyResponse response, JsonNode patched, List<PatchedTarget> targets) {

  public MutationOutcome {
    targets = List.copyOf(targets);
  }

  /** An outcome with no mutate-existing target. */
  public MutationOutcome(PolicyResponse response, JsonNode patched) {
    this(response, patched, List.of());
  }
}
