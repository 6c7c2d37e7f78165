package io.bulwark.cli.values;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.ResourceQuery;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Context for offline runs, as {@code kyverno apply}/{@code kyverno test} provide it: no cluster,
 * so configMap/apiCall entries are left out, and the values file stands in for them. Values for a
 * rule are, lowest precedence first: globalValues, the policy's values for the resource and
 * {@code --set} pairs (Kyverno puts these in the policy context), then the rule's values, which
 * Kyverno's CLI context loader adds each time it loads the rule's context (store/contextloader.go).
 * The objects mutate-existing rules target come from {@code --target-resource} files or a test's
 * {@code targetResources}, as Kyverno's CLI serves them from a fake cluster. Immutable and
 * thread-safe.
 */
public final class ValuesContextProvider implements ContextProvider {

  private final Values values;
  private final Map<String, String> set;
  private final List<JsonNode> targets;

  public ValuesContextProvider(Values values, Map<String, String> set) {
    this(values, set, List.of());
  }

  public ValuesContextProvider(Values values, Map<String, String> set, List<JsonNode> targets) {
    this.values = values;
    this.set = Map.copyOf(set);
    this.targets = List.copyOf(targets);
  }

  @Override
  public List<JsonNode> resources(ResourceQuery query) {
    return targets.stream().filter(query::matches).toList();
  }

  @Override
  public JsonNode values(KyvernoPolicy policy, String rule, JsonNode resource) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    if (values.globalValues() != null) {
      merged.setAll(values.globalValues());
    }
    String resourceName = resource.path("metadata").path("name").asString("");
    for (Values.PolicyValues policyValues : values.policies()) {
      if (!policyValues.name().equals(policy.name())) {
        continue;
      }
      for (Values.ResourceValues resourceValues : policyValues.resources()) {
        if (resourceValues.name().equals(resourceName) && resourceValues.values() != null) {
          merged.setAll(resourceValues.values());
        }
      }
    }
    set.forEach(merged::put);
    Values.RuleValues ruleValues = ruleValues(policy.name(), rule);
    if (ruleValues != null && ruleValues.values() != null) {
      merged.setAll(ruleValues.values());
    }
    return merged.isEmpty() ? null : merged;
  }

  @Override
  public JsonNode foreachValues(KyvernoPolicy policy, String rule, int index) {
    Values.RuleValues ruleValues = ruleValues(policy.name(), rule);
    if (ruleValues == null || ruleValues.foreachValues() == null) {
      return null;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (var entry : ruleValues.foreachValues().properties()) {
      JsonNode list = entry.getValue();
      if (list.isArray() && index < list.size()) {
        out.set(entry.getKey(), list.get(index));
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** The first rule entry for the rule (or the rule it was generated from), as Kyverno's store looks it up. */
  private Values.RuleValues ruleValues(String policy, String rule) {
    for (Values.PolicyValues policyValues : values.policies()) {
      if (!policyValues.name().equals(policy)) {
        continue;
      }
      for (Values.RuleValues ruleValues : policyValues.rules()) {
        if (ruleMatches(ruleValues.name(), rule)) {
          return ruleValues;
        }
      }
    }
    return null;
  }

  /** Values written for rule {@code x} also apply to its autogen rules. */
  private static boolean ruleMatches(String valuesRule, String rule) {
    return valuesRule.equals(rule) || ("autogen-" + valuesRule).equals(rule)
        || ("autogen-cronjob-" + valuesRule).equals(rule);
  }
}
