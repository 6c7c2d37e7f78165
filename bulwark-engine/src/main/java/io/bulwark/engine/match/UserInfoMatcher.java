package io.bulwark.engine.match;

import io.bulwark.api.policy.Subject;
import io.bulwark.engine.request.UserInfo;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.List;

/** The requester checks of a match filter: subjects (with wildcards) and roles (exact). */
final class UserInfoMatcher {

  private UserInfoMatcher() {}

  /**
   * Whether one subject names the requester: a User by username, a Group by any of the user's
   * groups, a ServiceAccount by {@code system:serviceaccount:<namespace>:<name>}. Subject names
   * are wildcard patterns; subjects of other kinds never match.
   */
  static boolean anySubjectMatches(List<Subject> subjects, UserInfo user) {
    for (Subject subject : subjects) {
      String name = subject.name() == null ? "" : subject.name();
      boolean matched = switch (subject.kind() == null ? "" : subject.kind()) {
        case "ServiceAccount" -> Wildcard.match(
            "system:serviceaccount:" + (subject.namespace() == null ? "" : subject.namespace()) + ":" + name,
            user.username());
        case "Group" -> user.groups().stream().anyMatch(group -> Wildcard.match(name, group));
        case "User" -> Wildcard.match(name, user.username());
        default -> false;
      };
      if (matched) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request holds at least one of the listed roles; exact comparison, no wildcards. */
  static boolean anyRoleHeld(List<String> wanted, List<String> held) {
    return held.stream().anyMatch(wanted::contains);
  }
}
