package io.bulwark.api.policy;

import java.util.List;

/**
 * A rule's {@code match} or {@code exclude} block: {@code any} (one filter suffices) or {@code all}
 * (every filter must hold). The legacy kyverno.io/v1 form, with {@code resources}/{@code subjects}
 * directly under the block, is kept as {@code legacy}; it behaves like a single {@code all} filter.
 */
public record MatchResources(List<ResourceFilter> any, List<ResourceFilter> all, ResourceFilter legacy) {

  public MatchResources {
    any = List.copyOf(any);
    all = List.copyOf(all);
  }

  public static MatchResources empty() {
    return new MatchResources(List.of(), List.of(), null);
  }

  /** Every filter of the block, whichever form it uses. */
  public List<ResourceFilter> filters() {
    if (!any.isEmpty()) {
      return any;
    }
    if (!all.isEmpty()) {
      return all;
    }
    return legacy == null ? List.of() : List.of(legacy);
  }

  public boolean isEmpty() {
    return any.isEmpty() && all.isEmpty() && (legacy == null || legacy.isEmpty());
  }
}
