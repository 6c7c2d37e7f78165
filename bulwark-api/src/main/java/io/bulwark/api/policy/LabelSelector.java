package io.bulwark.api.policy;

import java.util.List;
import java.util.Map;

/** A Kubernetes LabelSelector; an empty selector matches everything. */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

  /** {@code matchExpressions[]}: operator is In, NotIn, Exists or DoesNotExist. */
  public record Requirement(String key, String operator, List<String> values) {
    public Requirement {
      values = List.copyOf(values);
    }
  }

  public LabelSelector {
    matchLabels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matchLabels));
    matchExpressions = List.copyOf(matchExpressions);
  }

  public boolean isEmpty() {
    return matchLabels.isEmpty() && matchExpressions.isEmpty();
  }
}
