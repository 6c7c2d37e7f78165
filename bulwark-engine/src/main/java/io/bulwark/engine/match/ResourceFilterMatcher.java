package io.bulwark.engine.match;

import io.bulwark.api.policy.LabelSelector;
import io.bulwark.api.policy.ResourceDescription;
import io.bulwark.api.policy.ResourceFilter;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one filter of a match or exclude block against one object (Kyverno's {@code
 * doesResourceMatchConditionBlock}) and returns every failed criterion, in Kyverno's order; an
 * empty list means the filter selects the object. Attributes are AND-ed, list entries OR-ed.
 */
final class ResourceFilterMatcher {

  private ResourceFilterMatcher() {}

  /**
   * The failed criteria, or {@link MatchReasons#MATCH_EMPTY} when the filter asks for nothing.
   * With {@code ignoreUserInfo} the filter's subjects, roles and clusterRoles are dropped first,
   * as Kyverno does for match blocks when the request carries no user information.
   */
  static List<String> matchFailures(
      ResourceFilter filter, boolean ignoreUserInfo, ResourceRequest request, ResourceMetadata object) {
    return matchFailures(filter, ignoreUserInfo, request, object, false);
  }

  /**
   * As {@link #matchFailures(ResourceFilter, boolean, ResourceRequest, ResourceMetadata)}; with
   * {@code firstOnly}, stops at the first failed criterion and returns a list that only tells
   * whether there was one (no reason text is built).
   */
  static List<String> matchFailures(ResourceFilter filter, boolean ignoreUserInfo, ResourceRequest request,
      ResourceMetadata object, boolean firstOnly) {
    boolean checksUser = !ignoreUserInfo && filter.hasUserInfo();
    if (isZero(filter.resources()) && !checksUser) {
      return List.of(MatchReasons.MATCH_EMPTY);
    }
    return failures(filter, checksUser, request, object, firstOnly);
  }

  /** Whether an exclude filter selects the object; an empty filter excludes nothing. */
  static boolean excludes(ResourceFilter filter, ResourceRequest request, ResourceMetadata object) {
    if (isZero(filter.resources()) && !filter.hasUserInfo()) {
      return false;
    }
    return failures(filter, filter.hasUserInfo(), request, object, true).isEmpty();
  }

  /** What {@code failures} returns with {@code firstOnly}: some criterion failed. */
  private static final List<String> SOME_FAILURE = List.of("");

  private static List<String> failures(ResourceFilter filter, boolean checksUser, ResourceRequest request,
      ResourceMetadata object, boolean firstOnly) {
    ResourceDescription description = filter.resources();
    if (!description.operations().isEmpty() && !description.operations().contains(request.operation().name())) {
      // Kyverno stops at the operation: nothing else is reported.
      return List.of(MatchReasons.OPERATION);
    }
    List<String> failures = new ArrayList<>();
    List<String> kinds = description.kinds();
    if (!kinds.isEmpty() && !KindSelector.anyMatches(kinds, request.kind(), request.subresource(), true)) {
      if (firstOnly) {
        return SOME_FAILURE;
      }
      failures.add(MatchReasons.kind(kinds));
    }
    if (description.name() != null && !description.name().isEmpty()
        && !Wildcard.match(description.name(), object.nameOrGenerateName())) {
      failures.add(MatchReasons.NAME);
      if (firstOnly) {
        return failures;
      }
    }
    if (!description.names().isEmpty()
        && description.names().stream().noneMatch(p -> Wildcard.match(p, object.nameOrGenerateName()))) {
      failures.add(MatchReasons.NAMES);
      if (firstOnly) {
        return failures;
      }
    }
    if (!description.namespaces().isEmpty() && !namespaceMatches(description.namespaces(), object)) {
      failures.add(MatchReasons.NAMESPACE);
      if (firstOnly) {
        return failures;
      }
    }
    if (!description.annotations().isEmpty() && !annotationsMatch(description.annotations(), object.annotations())) {
      failures.add(MatchReasons.ANNOTATIONS);
      if (firstOnly) {
        return failures;
      }
    }
    if (description.selector() != null) {
      selectorFailure(description.selector(), object.labels(), false).ifPresent(failures::add);
      if (firstOnly && !failures.isEmpty()) {
        return failures;
      }
    }
    if (description.namespaceSelector() != null) {
      if (object.kind().equals("Namespace")) {
        failures.add(MatchReasons.NAMESPACE_SELECTOR_ON_NAMESPACE);
      } else if (!object.kind().isEmpty() || kinds.contains("*")) {
        selectorFailure(description.namespaceSelector(), request.namespaceLabels(), true).ifPresent(failures::add);
      }
    }
    if (checksUser && (!firstOnly || failures.isEmpty())) {
      failures.addAll(userInfoFailures(filter, request.requestInfo()));
    }
    return failures;
  }

  private static List<String> userInfoFailures(ResourceFilter filter, RequestInfo info) {
    List<String> failures = new ArrayList<>();
    if (!filter.roles().isEmpty() && !UserInfoMatcher.anyRoleHeld(filter.roles(), info.roles())) {
      failures.add(MatchReasons.ROLES);
    }
    if (!filter.clusterRoles().isEmpty() && !UserInfoMatcher.anyRoleHeld(filter.clusterRoles(), info.clusterRoles())) {
      failures.add(MatchReasons.CLUSTER_ROLES);
    }
    if (!filter.subjects().isEmpty() && !UserInfoMatcher.anySubjectMatches(filter.subjects(), info.userInfo())) {
      failures.add(MatchReasons.SUBJECTS);
    }
    return failures;
  }

  /** A Namespace object is compared by its own name, everything else by its namespace. */
  private static boolean namespaceMatches(List<String> patterns, ResourceMetadata object) {
    String namespace = object.kind().equals("Namespace") ? object.name() : object.namespace();
    return patterns.stream().anyMatch(pattern -> Wildcard.match(pattern, namespace));
  }

  /** Every expected entry needs some annotation whose key and value both match its patterns. */
  private static boolean annotationsMatch(Map<String, String> expected, Map<String, String> actual) {
    for (var want : expected.entrySet()) {
      boolean found = actual.entrySet().stream().anyMatch(
          have -> Wildcard.match(want.getKey(), have.getKey()) && Wildcard.match(want.getValue(), have.getValue()));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> selectorFailure(
      LabelSelector selector, Map<String, String> labels, boolean namespaceSelector) {
    return switch (LabelSelectorMatcher.match(selector, labels)) {
      case LabelSelectorMatcher.Outcome.Matched matched -> Optional.empty();
      case LabelSelectorMatcher.Outcome.NotMatched notMatched -> Optional.of(
          namespaceSelector ? MatchReasons.NAMESPACE_SELECTOR : MatchReasons.SELECTOR);
      case LabelSelectorMatcher.Outcome.Invalid invalid -> Optional.of(namespaceSelector
          ? MatchReasons.invalidNamespaceSelector(invalid.error())
          : MatchReasons.invalidSelector(invalid.error()));
    };
  }

  /** Kyverno's "zero value" test: a name of "" counts as absent, an empty selector {@code {}} does not. */
  private static boolean isZero(ResourceDescription description) {
    return description.kinds().isEmpty()
        && (description.name() == null || description.name().isEmpty())
        && description.names().isEmpty()
        && description.namespaces().isEmpty()
        && description.annotations().isEmpty()
        && description.selector() == null
        && description.namespaceSelector() == null
        && description.operations().isEmpty();
  }
}
