package io.bulwark.engine.request;

import java.util.List;

/**
 * Who made the request: the user plus the RBAC roles ({@code namespace:name}) and cluster roles
 * bound to them. Empty in background scans and in the CLI without {@code --userinfo}; then
 * match/exclude ignore subjects, roles and clusterRoles, as Kyverno does.
 */
public record RequestInfo(List<String> roles, List<String> clusterRoles, UserInfo userInfo) {

  public static final RequestInfo EMPTY = new RequestInfo(List.of(), List.of(), UserInfo.EMPTY);

  public RequestInfo {
    roles = List.copyOf(roles);
    clusterRoles = List.copyOf(clusterRoles);
  }

  public boolean isEmpty() {
    return roles.isEmpty() && clusterRoles.isEmpty() && userInfo.isEmpty();
  }
}
