package io.bulwark.api.policy;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A kyverno.io PolicyException (v2, v2beta1): resources selected by {@code match} (and {@code
 * conditions}, null when absent) are exempt from the listed policies' rules, or, for podSecurity
 * rules with {@code podSecurity} entries, from those controls only.
 */
public record PolicyException(
    String name,
    String namespace,
    List<Exception> exceptions,
    MatchResources match,
    JsonNode conditions,
    List<JsonNode> podSecurity,
    boolean background) {

  /** {@code spec.exceptions[]}: a policy ({@code name} or {@code namespace/name}) and rule names (wildcards allowed). */
  public record Exception(String policyName, List<String> ruleNames) {
    public Exception {
      ruleNames = List.copyOf(ruleNames);
    }
  }

  public PolicyException {
    exceptions = List.copyOf(exceptions);
    podSecurity = List.copyOf(podSecurity);
  }

  /** {@code namespace/name}, or {@code name} when it has no namespace: how Kyverno names it in messages. */
  public String key() {
    return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
  }

  public boolean hasPodSecurity() {
    return !podSecurity.isEmpty();
  }
}
