package io.bulwark.api.policy;

import java.util.List;

/** One entry of {@code match.any}/{@code match.all}: resource attributes plus who made the request. */
public record ResourceFilter(
    ResourceDescription resources, List<Subject> subjects, List<String> roles, List<String> clusterRoles) {

  public ResourceFilter {
    subjects = List.copyOf(subjects);
    roles = List.copyOf(roles);
    clusterRoles = List.copyOf(clusterRoles);
  }

  public boolean hasUserInfo() {
    return !subjects.isEmpty() || !roles.isEmpty() || !clusterRoles.isEmpty();
  }

  public boolean isEmpty() {
    return resources.isEmpty() && !hasUserInfo();
  }
}
