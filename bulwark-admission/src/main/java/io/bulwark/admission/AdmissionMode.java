package io.bulwark.admission;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.FailureActionOverride;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import java.util.List;

/**
 * How a validate policy takes part in an admission request, as Kyverno's policy cache sorts
 * policies: ENFORCE policies (any rule, spec or override may enforce) are evaluated before the
 * answer and may block; AUDIT_WARN policies (Audit only, {@code emitWarning: true}) are evaluated
 * before the answer for their warnings only; AUDIT policies are evaluated after the answer, for
 * reports, metrics and logs, and never change it.
 */
public enum AdmissionMode {
  ENFORCE,
  AUDIT_WARN,
  AUDIT;

  public static AdmissionMode of(KyvernoPolicy policy) {
    if (mayEnforce(policy)) {
      return ENFORCE;
    }
    return policy.spec().emitWarning() ? AUDIT_WARN : AUDIT;
  }

  /** Whether the answer waits for this policy. */
  public boolean isSynchronous() {
    return this != AUDIT;
  }

  private static boolean mayEnforce(KyvernoPolicy policy) {
    if (policy.spec().validationFailureAction() == FailureAction.ENFORCE
        || anyEnforces(policy.spec().validationFailureActionOverrides())) {
      return true;
    }
    for (Rule rule : policy.spec().rules()) {
      if (rule.isValidate() && (rule.validation().failureAction() == FailureAction.ENFORCE
          || anyEnforces(rule.validation().failureActionOverrides()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyEnforces(List<FailureActionOverride> overrides) {
    return overrides.stream().anyMatch(o -> o.action() == FailureAction.ENFORCE);
  }
}
