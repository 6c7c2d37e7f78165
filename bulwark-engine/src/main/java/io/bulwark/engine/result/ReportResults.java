package io.bulwark.engine.result;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.FailureActions;
import java.util.Map;

/**
 * The result a policy report (and {@code kyverno test}) records for a rule response: a failure of
 * a policy annotated {@code policies.kyverno.io/scored: "false"} is a warning, and so is, on
 * request ({@code --audit-warn}), a failure whose action is Audit.
 */
public final class ReportResults {

  public static final String SCORED_ANNOTATION = "policies.kyverno.io/scored";

  private ReportResults() {}

  public static RuleStatus of(KyvernoPolicy policy, RuleResponse rule, boolean auditWarn, String namespace,
      Map<String, String> namespaceLabels) {
    if (rule.status() != RuleStatus.FAIL) {
      return rule.status();
    }
    if ("false".equals(policy.annotation(SCORED_ANNOTATION))) {
      return RuleStatus.WARN;
    }
    if (auditWarn && FailureActions.effective(policy, rule.name(), namespace, namespaceLabels) == FailureAction.AUDIT) {
      return RuleStatus.WARN;
    }
    return RuleStatus.FAIL;
  }
}
