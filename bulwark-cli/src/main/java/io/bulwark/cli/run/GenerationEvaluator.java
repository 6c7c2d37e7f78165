package io.bulwark.cli.run;

import io.bulwark.api.policy.Generation;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.Engine;
import io.bulwark.engine.generate.GenerationOutcome;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Runs the generate rules of policies over offline resources, as {@code kyverno apply} and {@code
 * kyverno test} do after mutation and validation: each resource is a trigger, requested as the
 * values file says (operation, namespace labels), and every policy with generate rules answers
 * when at least one of its rules responded.
 */
public final class GenerationEvaluator {

  private final Engine engine;

  public GenerationEvaluator(Engine engine) {
    this.engine = engine;
  }

  public List<GenerationOutcome> evaluate(List<KyvernoPolicy> policies, JsonNode resource, Evaluator.Options options) {
    var outcomes = new ArrayList<GenerationOutcome>();
    String name = resource.path("metadata").path("name").asString("");
    for (KyvernoPolicy policy : policies) {
      if (policy.spec().rules().stream().noneMatch(rule -> rule.action() instanceof Generation)) {
        continue;
      }
      Operation operation = options.operation();
      if (operation == null) {
        String fromValues = options.values().requestOperation(policy.name(), name);
        operation = fromValues == null ? Operation.CREATE : Operation.parse(fromValues).orElse(Operation.CREATE);
      }
      ResourceRequest request = Evaluator.request(resource, operation, options);
      GenerationOutcome outcome = engine.generate(policy, request);
      if (!outcome.response().isEmpty()) {
        outcomes.add(outcome);
      }
    }
    return outcomes;
  }
}
