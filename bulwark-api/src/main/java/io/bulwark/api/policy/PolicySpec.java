package io.bulwark.api.policy;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code spec} of a ClusterPolicy or Policy, with Kyverno's defaults applied: action Audit,
 * background and admission true, applyRules All, failurePolicy Fail. {@code webhookConfiguration}
 * is null when absent.
 */
public record PolicySpec(
    List<Rule> rules,
    FailureAction validationFailureAction,
    List<FailureActionOverride> validationFailureActionOverrides,
    boolean background,
    boolean admission,
    ApplyRules applyRules,
    boolean emitWarning,
    FailurePolicy failurePolicy,
    Integer webhookTimeoutSeconds,
    JsonNode webhookConfiguration,
    boolean generateExisting,
    boolean mutateExistingOnPolicyUpdate,
    boolean useServerSideApply) {

  public PolicySpec {
    rules = List.copyOf(rules);
    validationFailureActionOverrides = List.copyOf(validationFailureActionOverrides);
  }

  public PolicySpec withRules(List<Rule> newRules) {
    return new PolicySpec(newRules, validationFailureAction, validationFailureActionOverrides, background,
        admission, applyRules, emitWarning, failurePolicy, webhookTimeoutSeconds, webhookConfiguration,
        generateExisting, mutateExistingOnPolicyUpdate, useServerSideApply);
  }
}
