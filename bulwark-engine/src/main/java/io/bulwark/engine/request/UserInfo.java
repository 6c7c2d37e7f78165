package io.bulwark.engine.request;

import java.util.List;
import java.util.Map;

/** Kubernetes' authentication.k8s.io UserInfo of the requester. */
public record UserInfo(String username, String uid, List<String> groups, Map<String, List<String>> extra) {

  public static final UserInfo EMPTY = new UserInfo("", "", List.of(), Map.of());

  public UserInfo {
    username = username == null ? "" : username;
    uid = uid == null ? "" : uid;
    groups = List.copyOf(groups);
    extra = Map.copyOf(extra);
  }

  public boolean isEmpty() {
    return username.isEmpty() && uid.isEmpty() && groups.isEmpty() && extra.isEmpty();
  }
}
