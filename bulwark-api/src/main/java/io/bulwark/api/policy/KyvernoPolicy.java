package io.bulwark.api.policy;

import io.bulwark.api.problem.SourceLocation;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A kyverno.io ClusterPolicy (cluster-wide) or Policy (applies only to its own namespace), in
 * apiVersion kyverno.io/v1 or v2beta1. Immutable.
 */
public record KyvernoPolicy(
    String apiVersion,
    String kind,
    String name,
    String namespace,
    Map<String, String> labels,
    Map<String, String> annotations,
    PolicySpec spec,
    JsonNode raw,
    SourceLocation source) {

  public static final String CLUSTER_POLICY = "ClusterPolicy";
  public static final String POLICY = "Policy";

  public KyvernoPolicy {
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    annotations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(annotations));
  }

  /** A namespaced Policy, as opposed to a ClusterPolicy. */
  public boolean isNamespaced() {
    return POLICY.equals(kind);
  }

  /** {@code name} for a ClusterPolicy, {@code namespace/name} for a Policy: the name reports use. */
  public String qualifiedName() {
    return isNamespaced() && namespace != null && !namespace.isEmpty() ? namespace + "/" + name : name;
  }

  public String annotation(String key) {
    return annotations.get(key);
  }

  public KyvernoPolicy withSpec(PolicySpec newSpec) {
    return new KyvernoPolicy(apiVersion, kind, name, namespace, labels, annotations, newSpec, raw, source);
  }
}
