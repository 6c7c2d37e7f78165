package io.bulwark.admission;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.FailurePolicy;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.FailureActions;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns the rule responses of one request into the validating webhook's answer, as Kyverno's
 * {@code HandleValidationEnforce} does. Used by the webhook and by {@code bulwark apply}'s "the
 * webhook would deny" line, so both say the same thing.
 *
 * <ul>
 *   <li>Only {@linkplain AdmissionMode#isSynchronous() synchronous} policies count; AUDIT
 *       policies' responses are ignored here.
 *   <li>The request is blocked when an ENFORCE policy has a {@code fail} rule whose effective
 *       action is Enforce, or an {@code error} rule and failurePolicy Fail.
 *   <li>Blocked: Kyverno's block message, listing every rule of the ENFORCE policies that neither
 *       passed nor was skipped.
 *   <li>Allowed: a warning {@code policy P.R: MSG} for every rule of the synchronous policies
 *       that neither passed nor was skipped (Audit failures of emitWarning policies, Audit rules
 *       of Enforce policies, errors under failurePolicy Ignore).
 * </ul>
 */
public final class ValidationVerdict {

  private ValidationVerdict() {}

  /**
   * The answer for one request.
   *
   * @param responses the responses of the request's policies, each for the same resource (the new
   *     object, or the old one on DELETE)
   * @param namespaceLabels labels of the resource's namespace, for failure action overrides
   */
  public static AdmissionDecision decide(List<PolicyResponse> responses, Map<String, String> namespaceLabels) {
    var enforcing = new ArrayList<PolicyResponse>();
    var synchronous = new ArrayList<PolicyResponse>();
    for (PolicyResponse response : responses) {
      AdmissionMode mode = AdmissionMode.of(response.policy());
      if (mode == AdmissionMode.ENFORCE) {
        enforcing.add(response);
      }
      if (mode.isSynchronous()) {
        synchronous.add(response);
      }
    }
    if (enforcing.stream().anyMatch(response -> blocks(response, namespaceLabels))) {
      return AdmissionDecision.deny(blockedMessage(enforcing));
    }
    return AdmissionDecision.allowWithWarnings(warnings(synchronous));
  }

  /** Whether this policy's response alone would block the request. */
  public static boolean blocks(PolicyResponse response, Map<String, String> namespaceLabels) {
    KyvernoPolicy policy = response.policy();
    String namespace = response.resource().path("metadata").path("namespace").asString("");
    for (RuleResponse rule : response.rules()) {
      if (rule.status() == RuleStatus.FAIL
          && FailureActions.effective(policy, rule.name(), namespace, namespaceLabels) == FailureAction.ENFORCE) {
        return true;
      }
      if (rule.status() == RuleStatus.ERROR && policy.spec().failurePolicy() == FailurePolicy.FAIL) {
        return true;
      }
    }
    return false;
  }

  private static String blockedMessage(List<PolicyResponse> responses) {
    SortedMap<String, SortedMap<String, String>> failures = new TreeMap<>();
    for (PolicyResponse response : responses) {
      SortedMap<String, String> rules = new TreeMap<>();
      for (RuleResponse rule : response.rules()) {
        if (isReported(rule)) {
          rules.put(rule.name(), rule.message());
        }
      }
      if (!rules.isEmpty()) {
        failures.put(response.policy().name(), rules);
      }
    }
    JsonNode resource = responses.get(0).resource();
    JsonNode metadata = resource.path("metadata");
    return KyvernoMessages.blockedMessage(resource.path("kind").asString(""),
        metadata.path("namespace").asString(""), metadata.path("name").asString(""), failures);
  }

  private static List<String> warnings(List<PolicyResponse> responses) {
    var warnings = new ArrayList<String>();
    for (PolicyResponse response : responses) {
      for (RuleResponse rule : response.rules()) {
        if (isReported(rule)) {
          warnings.add(KyvernoMessages.admissionWarning(response.policy().name(), rule.name(), rule.message()));
        }
      }
    }
    return warnings;
  }

  private static boolean isReported(RuleResponse rule) {
    return rule.status() != RuleStatus.PASS && rule.status() != RuleStatus.SKIP;
  }
}
