package io.bulwark.cli.values;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Kyverno CLI values file ({@code kind: Values}, or the older schema without apiVersion/kind):
 * global values, per policy/rule/resource values, namespace labels for namespaceSelector and
 * subresource mappings. Variables themselves are substituted by the engine; this record only
 * carries them.
 */
public record Values(
    ObjectNode globalValues,
    List<PolicyValues> policies,
    Map<String, Map<String, String>> namespaceSelectors,
    List<JsonNode> namespaces,
    List<Subresource> subresources) {

  /** {@code policies[]}: values for the rules of one policy and for named resources. */
  public record PolicyValues(String name, List<RuleValues> rules, List<ResourceValues> resources) {}

  /** {@code policies[].rules[]}. */
  public record RuleValues(String name, ObjectNode values, ObjectNode foreachValues) {}

  /** {@code policies[].resources[]}. */
  public record ResourceValues(String name, ObjectNode values) {}

  /**
   * {@code subresources[]}: a subresource kind (e.g. autoscaling/v1 Scale named {@code
   * deployments/scale}) and the resource it belongs to.
   */
  public record Subresource(ApiResource subresource, ApiResource parentResource) {}

  /** An APIResource as the values file names it. */
  public record ApiResource(String name, String group, String version, String kind) {}

  public static Values empty() {
    return new Values(null, List.of(), Map.of(), List.of(), List.of());
  }

  /** Labels of a namespace: from {@code namespaces[]} objects first, then {@code namespaceSelector[]}. */
  public Map<String, String> namespaceLabels(String namespace) {
    for (JsonNode ns : namespaces) {
      if (namespace.equals(ns.path("metadata").path("name").asString(""))) {
        var labels = new java.util.LinkedHashMap<String, String>();
        ns.path("metadata").path("labels").properties()
            .forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
        return labels;
      }
    }
    return namespaceSelectors.getOrDefault(namespace, Map.of());
  }

  /** {@code globalValues["request.operation"]}, when set. */
  public String requestOperation() {
    return operationIn(globalValues);
  }

  /**
   * The operation for one policy and resource: the policy's values for that resource win over
   * globalValues, as Kyverno's CLI computes them; null when neither sets one.
   */
  public String requestOperation(String policy, String resource) {
    for (PolicyValues policyValues : policies) {
      if (!policyValues.name().equals(policy)) {
        continue;
      }
      for (ResourceValues resourceValues : policyValues.resources()) {
        if (resourceValues.name().equals(resource)) {
          String operation = operationIn(resourceValues.values());
          if (operation != null) {
            return operation;
          }
        }
      }
    }
    return requestOperation();
  }

  private static String operationIn(JsonNode values) {
    if (values == null) {
      return null;
    }
    JsonNode flat = values.get("request.operation");
    if (flat != null && flat.isString()) {
      return flat.stringValue();
    }
    JsonNode nested = values.path("request").path("operation");
    return nested.isString() ? nested.stringValue() : null;
  }
}
