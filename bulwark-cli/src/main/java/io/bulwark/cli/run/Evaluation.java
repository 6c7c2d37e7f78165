package io.bulwark.cli.run;

import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.mutate.PatchedTarget;
import io.bulwark.engine.result.PolicyResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Everything the CLI's policies did to one resource, in Kyverno's order: the mutate policies one
 * after the other (each on the result of the one before), then the validate policies on the
 * mutated resource. {@code resource} is the resource as loaded.
 */
public record Evaluation(JsonNode resource, List<MutationOutcome> mutations, List<PolicyResponse> validations) {

  public Evaluation {
    mutations = List.copyOf(mutations);
    validations = List.copyOf(validations);
  }

  /**
   * The resource after every mutate policy: the last object a mutation left (a DELETE leaves
   * none), or the loaded resource.
   */
  public JsonNode patched() {
    for (int i = mutations.size() - 1; i >= 0; i--) {
      JsonNode patched = mutations.get(i).patched();
      if (patched != null && patched.isObject()) {
        return patched;
      }
    }
    return resource;
  }

  /** Every policy response: mutate responses first, then validate ones, as Kyverno lists them. */
  public List<PolicyResponse> responses() {
    var all = new ArrayList<PolicyResponse>(mutations.size() + validations.size());
    mutations.forEach(m -> all.add(m.response()));
    all.addAll(validations);
    return all;
  }

  /**
   * Each response with the resource as it stood after it: a mutate response's patched resource,
   * or, for a validate response, the (mutated) resource it validated. This is what a test row's
   * {@code patchedResources} file is compared with.
   */
  public List<Answer> answers() {
    var all = new ArrayList<Answer>(mutations.size() + validations.size());
    mutations.forEach(m -> all.add(new Answer(m.response(), m.patched(), m.targets())));
    validations.forEach(v -> all.add(new Answer(v, v.resource(), List.of())));
    return all;
  }

  /**
   * One policy's response, the resource as it stood after that policy, and the existing objects
   * its mutate-existing rules patched.
   */
  public record Answer(PolicyResponse response, JsonNode patched, List<PatchedTarget> targets) {
    public Answer {
      targets = List.copyOf(targets);
    }
  }
}
