package io.bulwark.admission;

import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.api.policy.FailurePolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The webhook's paths and the decorated handler behind each, as Kyverno serves classic policies:
 * {@code /validate} (every policy; an internal error fails closed), {@code /validate/fail} and
 * {@code /validate/ignore} (only the policies with that failurePolicy, which also decides internal
 * errors), the same three for {@code /mutate}, and {@code /policyvalidate}.
 */
public final class AdmissionRoutes {

  private AdmissionRoutes() {}

  /**
   * @param evaluator runs validate policies (and, on its threads, the mutate chains)
   * @param mutator the engine's mutate call
   * @param deadline how long a request may wait for its policies
   * @param audits where Audit-only policies run after the answer
   */
  public static Map<String, AdmissionHandler> build(Supplier<PolicySet> policies, PolicyEvaluator evaluator,
      MutatingHandler.PolicyMutator mutator, Duration deadline, AdmissionMetrics metrics, Executor audits) {
    Map<String, AdmissionHandler> routes = new LinkedHashMap<>();
    routes.put("/validate", validating(policies, Optional.empty(), FailurePolicy.FAIL, evaluator, deadline, metrics,
        audits));
    routes.put("/validate/fail", validating(policies, Optional.of(FailurePolicy.FAIL), FailurePolicy.FAIL, evaluator,
        deadline, metrics, audits));
    routes.put("/validate/ignore", validating(policies, Optional.of(FailurePolicy.IGNORE), FailurePolicy.IGNORE,
        evaluator, deadline, metrics, audits));
    routes.put("/mutate", mutating(policies, Optional.empty(), FailurePolicy.FAIL, evaluator, mutator, deadline,
        metrics));
    routes.put("/mutate/fail", mutating(policies, Optional.of(FailurePolicy.FAIL), FailurePolicy.FAIL, evaluator,
        mutator, deadline, metrics));
    routes.put("/mutate/ignore", mutating(policies, Optional.of(FailurePolicy.IGNORE), FailurePolicy.IGNORE,
        evaluator, mutator, deadline, metrics));
    routes.put("/policyvalidate", new PolicyValidatingHandler().withFailurePolicy(FailurePolicy.FAIL).withLogging());
    return routes;
  }

  private static AdmissionHandler validating(Supplier<PolicySet> policies, Optional<FailurePolicy> only,
      FailurePolicy fallback, PolicyEvaluator evaluator, Duration deadline, AdmissionMetrics metrics, Executor audits) {
    return new ValidatingHandler(policies, only, evaluator, deadline, metrics, audits)
        .withFailurePolicy(fallback)
        .withLogging()
        .withMetrics(metrics, AdmissionMetrics.VALIDATING);
  }

  private static AdmissionHandler mutating(Supplier<PolicySet> policies, Optional<FailurePolicy> only,
      FailurePolicy fallback, PolicyEvaluator evaluator, MutatingHandler.PolicyMutator mutator, Duration deadline,
      AdmissionMetrics metrics) {
    return new MutatingHandler(policies, only, evaluator, mutator, deadline, metrics)
        .withFailurePolicy(fallback)
        .withLogging()
        .withMetrics(metrics, AdmissionMetrics.MUTATING);
  }
}
