package io.bulwark.engine.match;

import java.util.List;

/**
 * Kyverno's wording for every reason a match fails, kept in one place. Reports and debug logs are
 * compared against Kyverno's, so the odd grammar ("annotations does not match", "clustersRoles")
 * is deliberate.
 */
final class MatchReasons {

  static final String RESOURCE_EMPTY = "resource is empty";
  static final String NAMESPACE_MISMATCH = "policy and resource namespaces mismatch";
  static final String NO_RESOURCE_MATCHED = "no resource matched";
  static final String MATCH_EMPTY = "match cannot be empty";
  static final String EXCLUDED_BY_ONE = "resource excluded since one of the criteria excluded it";
  static final String EXCLUDED_BY_ALL = "resource excluded since the combination of all criteria exclude it";
  static final String OPERATION = "operation does not match";
  static final String NAME = "name does not match";
  static final String NAMES = "none of the names match";
  static final String NAMESPACE = "namespace does not match";
  static final String ANNOTATIONS = "annotations does not match";
  static final String SELECTOR = "selector does not match";
  static final String NAMESPACE_SELECTOR_ON_NAMESPACE = "namespace selector is not applicable for namespace resource";
  static final String NAMESPACE_SELECTOR = "namespace selector does not match labels";
  static final String ROLES = "user info does not match roles for the given conditionBlock";
  static final String CLUSTER_ROLES = "user info does not match clustersRoles for the given conditionBlock";
  static final String SUBJECTS = "user info does not match subject for the given conditionBlock";

  private MatchReasons() {}

  /** Go prints a string slice as {@code [a b c]}. */
  static String kind(List<String> kinds) {
    return "kind does not match [" + String.join(" ", kinds) + "]";
  }

  static String invalidSelector(String error) {
    return "failed to parse selector: " + error;
  }

  static String invalidNamespaceSelector(String error) {
    return "failed to parse namespace selector: " + error;
  }

  /** {@code rule <name> not matched:} followed by one numbered line per reason. */
  static String notMatched(String ruleName, List<String> reasons) {
    StringBuilder message = new StringBuilder("rule ").append(ruleName).append(" not matched:");
    for (int i = 0; i < reasons.size(); i++) {
      message.append("\n ").append(i + 1).append(". ").append(reasons.get(i));
    }
    return message.toString();
  }
}
