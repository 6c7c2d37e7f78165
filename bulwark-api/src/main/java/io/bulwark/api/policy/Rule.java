package io.bulwark.api.policy;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of {@code spec.rules}. {@code exclude} and {@code preconditions} are null when
 * absent. {@code raw} is the rule as written (after defaulting nothing), which autogen rewrites.
 */
public record Rule(
    String name,
    MatchResources match,
    MatchResources exclude,
    List<JsonNode> context,
    JsonNode preconditions,
    List<JsonNode> celPreconditions,
    Map<String, String> reportProperties,
    boolean skipBackgroundRequests,
    RuleAction action,
    ObjectNode raw) {

  public Rule {
    context = List.copyOf(context);
    celPreconditions = List.copyOf(celPreconditions);
    reportProperties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reportProperties));
  }

  public boolean isValidate() {
    return action instanceof Validation;
  }

  public Validation validation() {
    return (Validation) action;
  }
}
