package io.bulwark.engine.match;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.MatchResources;
import io.bulwark.api.policy.ResourceDescription;
import io.bulwark.api.policy.ResourceFilter;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.request.ResourceRequest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether a rule applies to a request, as Kyverno's {@code MatchesResourceDescription}
 * does:
 *
 * <ul>
 *   <li>a namespaced Policy only sees objects in its own namespace;
 *   <li>{@code match.any}: one filter must select the object; {@code match.all} and the legacy
 *       form: every filter must;
 *   <li>when the request carries no user information (background scan, CLI), the subjects, roles
 *       and clusterRoles of match filters are ignored, but not those of exclude filters;
 *   <li>exclude is consulted only when match succeeded: {@code exclude.any} and the legacy form
 *       exclude when one filter selects the object, {@code exclude.all} when every filter does.
 * </ul>
 *
 * A rule is checked against the new object; only when there is none (DELETE) is the old object
 * tried. Stateless and thread-safe.
 */
public final class RuleMatcher {

  /**
   * Whether {@code rule} of {@code policy} selects {@code request}. When neither object matches,
   * the reason is the one for the new object (Kyverno reports "resource is empty" for a DELETE
   * whose old object does not match either).
   */
  public MatchResult match(KyvernoPolicy policy, Rule rule, ResourceRequest request) {
    MatchResult result = matchObject(policy, rule, request, request.resource());
    if (result.matched() || !isAbsent(request.resource()) || isAbsent(request.oldResource())) {
      return result;
    }
    MatchResult old = matchObject(policy, rule, request, request.oldResource());
    return old.matched() ? old : result;
  }

  /**
   * The decision of {@link #match} ({@code match(policy, rule, request).matched()}) without
   * Kyverno's reasons: checks stop at the first criterion that fails and no message is built. The
   * engine asks this for every rule of every policy on every request.
   */
  public boolean selects(KyvernoPolicy policy, Rule rule, ResourceRequest request) {
    if (selectsObject(policy, rule, request, request.resource())) {
      return true;
    }
    return isAbsent(request.resource()) && !isAbsent(request.oldResource())
        && selectsObject(policy, rule, request, request.oldResource());
  }

  private boolean selectsObject(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonNode object) {
    if (isAbsent(object)) {
      return false;
    }
    ResourceMetadata metadata = ResourceMetadata.of(object);
    String policyNamespace = policy.isNamespaced() && policy.namespace() != null ? policy.namespace() : "";
    if (!policyNamespace.isEmpty() && !policyNamespace.equals(metadata.namespace())) {
      return false;
    }
    return matchFailures(rule.match(), request, metadata, true).isEmpty()
        && (rule.exclude() == null || exclusions(rule.exclude(), request, metadata).isEmpty());
  }

  /**
   * Whether {@code rule} selects one object of the request ({@code object} stands for the new or
   * the old resource); kind, subresource, operation, user and namespace labels come from {@code
   * request}.
   */
  public MatchResult matchObject(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonNode object) {
    if (isAbsent(object)) {
      return MatchResult.notMatched(MatchReasons.RESOURCE_EMPTY);
    }
    ResourceMetadata metadata = ResourceMetadata.of(object);
    String policyNamespace = policy.isNamespaced() && policy.namespace() != null ? policy.namespace() : "";
    if (!policyNamespace.isEmpty() && !policyNamespace.equals(metadata.namespace())) {
      return MatchResult.notMatched(MatchReasons.NAMESPACE_MISMATCH);
    }
    List<String> reasons = new ArrayList<>(matchFailures(rule.match(), request, metadata, false));
    if (reasons.isEmpty() && rule.exclude() != null) {
      reasons.addAll(exclusions(rule.exclude(), request, metadata));
    }
    return reasons.isEmpty()
        ? MatchResult.MATCHED
        : MatchResult.notMatched(MatchReasons.notMatched(rule.name(), reasons));
  }

  /**
   * Whether a bare match block (a PolicyException's {@code match}) selects the request's object,
   * the new one or, on DELETE, the old one.
   */
  public boolean matches(MatchResources block, ResourceRequest request) {
    JsonNode object = isAbsent(request.resource()) ? request.oldResource() : request.resource();
    if (isAbsent(object)) {
      return false;
    }
    return matchFailures(block, request, ResourceMetadata.of(object), true).isEmpty();
  }

  /** The reasons {@code match} fails; with {@code firstOnly}, only whether it does (see ResourceFilterMatcher). */
  private static List<String> matchFailures(MatchResources match, ResourceRequest request, ResourceMetadata object,
      boolean firstOnly) {
    boolean ignoreUserInfo = request.requestInfo().isEmpty();
    if (!match.any().isEmpty()) {
      for (ResourceFilter filter : match.any()) {
        if (ResourceFilterMatcher.matchFailures(filter, ignoreUserInfo, request, object, true).isEmpty()) {
          return List.of();
        }
      }
      return List.of(MatchReasons.NO_RESOURCE_MATCHED);
    }
    List<ResourceFilter> filters = !match.all().isEmpty() ? match.all() : legacy(match);
    List<String> failures = new ArrayList<>();
    for (ResourceFilter filter : filters) {
      failures.addAll(ResourceFilterMatcher.matchFailures(filter, ignoreUserInfo, request, object, firstOnly));
      if (firstOnly && !failures.isEmpty()) {
        return failures;
      }
    }
    return failures;
  }

  private static List<String> exclusions(MatchResources exclude, ResourceRequest request, ResourceMetadata object) {
    if (exclude.any().isEmpty() && !exclude.all().isEmpty()) {
      boolean everyFilterExcludes = exclude.all().stream()
          .allMatch(filter -> ResourceFilterMatcher.excludes(filter, request, object));
      return everyFilterExcludes ? List.of(MatchReasons.EXCLUDED_BY_ALL) : List.of();
    }
    // exclude.any and the legacy form: each excluding filter adds its own reason.
    List<ResourceFilter> filters = !exclude.any().isEmpty() ? exclude.any() : legacy(exclude);
    List<String> exclusions = new ArrayList<>();
    for (ResourceFilter filter : filters) {
      if (ResourceFilterMatcher.excludes(filter, request, object)) {
        exclusions.add(MatchReasons.EXCLUDED_BY_ONE);
      }
    }
    return exclusions;
  }

  /** The legacy form is one filter; a block without it behaves like an empty filter. */
  private static List<ResourceFilter> legacy(MatchResources block) {
    if (block.legacy() != null) {
      return List.of(block.legacy());
    }
    return List.of(new ResourceFilter(ResourceDescription.empty(), List.of(), List.of(), List.of()));
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }
}
