package io.bulwark.api.policy;

import java.util.List;
import java.util.Map;

/**
 * The {@code resources} part of a match/exclude filter. Lists are OR-ed inside, attributes AND-ed
 * together. {@code name} is the deprecated single-name form of {@code names}. Selectors are null
 * when absent.
 */
public record ResourceDescription(
    List<String> kinds,
    String name,
    List<String> names,
    List<String> namespaces,
    Map<String, String> annotations,
    LabelSelector selector,
    LabelSelector namespaceSelector,
    List<String> operations) {

  public ResourceDescription {
    kinds = List.copyOf(kinds);
    names = List.copyOf(names);
    namespaces = List.copyOf(namespaces);
    annotations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(annotations));
    operations = List.copyOf(operations);
  }

  public static ResourceDescription empty() {
    return new ResourceDescription(List.of(), null, List.of(), List.of(), Map.of(), null, null, List.of());
  }

  public ResourceDescription withKinds(List<String> newKinds) {
    return new ResourceDescription(newKinds, name, names, namespaces, annotations, selector, namespaceSelector, operations);
  }

  public boolean isEmpty() {
    return kinds.isEmpty() && name == null && names.isEmpty() && namespaces.isEmpty()
        && annotations.isEmpty() && selector == null && namespaceSelector == null && operations.isEmpty();
  }
}
