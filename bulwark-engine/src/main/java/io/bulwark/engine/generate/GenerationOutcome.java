package io.bulwark.engine.generate;

import io.bulwark.engine.result.PolicyResponse;
import java.util.List;

/**
 * What one policy's generate rules decided for one trigger: the rule responses (as Kyverno's
 * background checks give them: pass, skip, fail, error, each with an empty message unless it
 * errored), the downstream resources to create, update or delete, in rule order, and the rules
 * whose generation failed after they passed. Kyverno reports such a failure on the UpdateRequest
 * and in events, never in the rule's result, so it is kept apart here too.
 */
public record GenerationOutcome(PolicyResponse response, List<Downstream> resources, List<Failure> failures) {

  public GenerationOutcome {
    resources = List.copyOf(resources);
    failures = List.copyOf(failures);
  }

  public GenerationOutcome(PolicyResponse response, List<Downstream> resources) {
    this(response, resources, List.of());
  }

  /** The downstream decisions of one rule. */
  public List<Downstream> resources(String rule) {
    return resources.stream().filter(d -> d.rule().equals(rule)).toList();
  }

  /** A rule that passed but whose resources could not be generated, and why. */
  public record Failure(String rule, String message) {}
}
