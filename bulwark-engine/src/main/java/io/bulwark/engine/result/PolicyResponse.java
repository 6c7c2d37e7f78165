package io.bulwark.engine.result;

import io.bulwark.api.policy.KyvernoPolicy;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The responses of every rule of one policy that applied to one resource, in rule order (autogen
 * rules included under their {@code autogen-} names). Rules that did not match produce no
 * response at all, as in Kyverno.
 */
public record PolicyResponse(KyvernoPolicy policy, JsonNode resource, List<RuleResponse> rules) {

  public PolicyResponse {
    rules = List.copyOf(rules);
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  public long count(RuleStatus status) {
    return rules.stream().filter(r -> r.status() == status).count();
  }
}
