package io.bulwark.conformance;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The classic-policy features a rule relies on, by name, so the ratchet can tell a case that
 * needs a later capability (variables, deny, foreach, podSecurity, ...) from one that should
 * already pass.
 */
final class PolicyFeatures {

  private PolicyFeatures() {}

  /** Features of the rule named {@code ruleName} (or of every rule when it is empty) of the policy. */
  static Set<String> of(KyvernoPolicy policy, String ruleName) {
    Set<String> features = new LinkedHashSet<>();
    String baseName = ruleName.replaceFirst("^autogen-(cronjob-)?", "");
    for (Rule rule : policy.spec().rules()) {
      if (!ruleName.isEmpty() && !rule.name().equals(ruleName) && !rule.name().equals(baseName)) {
        continue;
      }
      if (!rule.context().isEmpty()) {
        features.add("context");
      }
      if (rule.preconditions() != null) {
        features.add("preconditions");
      }
      if (containsVariable(rule.raw())) {
        features.add("variables");
      }
      switch (rule.action()) {
        case Validation v -> {
          switch (v.kind()) {
            case DENY -> features.add("deny");
            case FOREACH -> features.add("foreach");
            case POD_SECURITY -> features.add("podSecurity");
            case CEL -> features.add("cel");
            case MANIFESTS -> features.add("manifests");
            default -> { }
          }
        }
        case io.bulwark.api.policy.Mutation m -> features.add("mutate");
        case io.bulwark.api.policy.Generation g -> features.add("generate");
        case io.bulwark.api.policy.VerifyImages i -> features.add("verifyImages");
      }
    }
    return features;
  }

  /** Features of classic policies that Bulwark does not evaluate yet. */
  static final List<String> LATER = List.of("cel", "manifests", "verifyImages");

  private static boolean containsVariable(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isString()) {
      return node.stringValue().contains("{{");
    }
    for (var entry : node.properties()) {
      if (entry.getKey().contains("{{") || containsVariable(entry.getValue())) {
        return true;
      }
    }
    for (JsonNode item : node.isArray() ? node : List.<JsonNode>of()) {
      if (containsVariable(item)) {
        return true;
      }
    }
    return false;
  }
}
