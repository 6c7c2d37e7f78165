package io.bulwark.cli.testfile;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.cli.run.Evaluator;
import io.bulwark.cli.run.GenerationEvaluator;
import io.bulwark.engine.generate.Downstream;
import io.bulwark.engine.generate.GenerationOutcome;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The generate side of one test run: runs the generate rules after the other rules and remembers,
 * for each generate response, what it generated, so rows can compare it. Not thread-safe.
 */
final class Generations {

  private final GenerationEvaluator evaluator;
  private final Map<PolicyResponse, GenerationOutcome> outcomes = new IdentityHashMap<>();

  Generations(GenerationEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** {@code responses} followed by the generate responses of every resource, in resource order. */
  List<PolicyResponse> addTo(List<PolicyResponse> responses, List<KyvernoPolicy> policies, List<JsonNode> resources,
      Evaluator.Options options) {
    var all = new ArrayList<>(responses);
    for (JsonNode resource : resources) {
      for (GenerationOutcome outcome : evaluator.evaluate(policies, resource, options)) {
        outcomes.put(outcome.response(), outcome);
        all.add(outcome.response());
      }
    }
    return all;
  }

  boolean isGeneration(PolicyResponse response, RuleResponse rule) {
    return outcomes.containsKey(response) && "Generation".equals(rule.type());
  }

  List<Downstream> resources(PolicyResponse response, RuleResponse rule) {
    GenerationOutcome outcome = outcomes.get(response);
    return outcome == null ? List.of() : outcome.resources(rule.name());
  }
}
