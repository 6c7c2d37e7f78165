package io.bulwark.api.policy;

import java.util.List;

/**
 * {@code validationFailureActionOverrides[]} / {@code validate.failureActionOverrides[]}: a
 * different action for resources in the listed namespaces (wildcards allowed) or matching the
 * namespace selector (null when absent).
 */
public record FailureActionOverride(FailureAction action, List<String> namespaces, LabelSelector namespaceSelector) {
  public FailureActionOverride {
    namespaces = List.copyOf(namespaces);
  }
}
