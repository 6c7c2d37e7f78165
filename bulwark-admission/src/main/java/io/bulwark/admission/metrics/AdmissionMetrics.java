package io.bulwark.admission.metrics;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import java.util.Locale;

/**
 * Kyverno's admission metrics, with its names, label names and default buckets:
 *
 * <ul>
 *   <li>{@code kyverno_admission_requests_total} and {@code
 *       kyverno_admission_review_duration_seconds}: one per review, labelled {@code
 *       resource_kind, resource_namespace, resource_request_operation, request_allowed,
 *       request_webhook};
 *   <li>{@code kyverno_policy_results_total}: one per rule response, labelled with the policy
 *       ({@code policy_validation_mode, policy_type, policy_background_mode, policy_namespace,
 *       policy_name}), the resource, the rule ({@code rule_name, rule_result, rule_type}), {@code
 *       rule_execution_cause} and {@code dry_run};
 *   <li>{@code kyverno_policy_execution_duration_seconds}: one per policy evaluation. Kyverno
 *       times each rule; Bulwark times the policy, so this histogram has the same labels minus
 *       the three {@code rule_*} ones.
 * </ul>
 *
 * Thread-safe.
 */
public final class AdmissionMetrics {

  /** Kyverno's default histogram buckets, in seconds. */
  public static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 20, 25, 30};

  public static final String VALIDATING = "ValidatingWebhookConfiguration";
  public static final String MUTATING = "MutatingWebhookConfiguration";

  private static final String[] REQUEST_LABELS = {
    "resource_kind", "resource_namespace", "resource_request_operation", "request_allowed", "request_webhook"
  };

  private final Counter requests;
  private final Histogram reviewDuration;
  private final Counter policyResults;
  private final Histogram policyDuration;

  public AdmissionMetrics(MetricsRegistry registry) {
    requests = registry.counter("kyverno_admission_requests_total",
        "can be used to track the number of admission requests encountered by Kyverno in the cluster",
        REQUEST_LABELS);
    reviewDuration = registry.histogram("kyverno_admission_review_duration_seconds",
        "can be used to track the latencies (in seconds) associated with the entire individual admission review",
        BUCKETS, REQUEST_LABELS);
    policyResults = registry.counter("kyverno_policy_results_total",
        "can be used to track the results associated with the policies applied in the user's cluster, at the level"
            + " from rule to policy to admission requests",
        "policy_validation_mode", "policy_type", "policy_background_mode", "policy_namespace", "policy_name",
        "resource_kind", "resource_namespace", "resource_request_operation", "rule_name", "rule_result",
        "rule_type", "rule_execution_cause", "dry_run");
    policyDuration = registry.histogram("kyverno_policy_execution_duration_seconds",
        "can be used to track the latencies (in seconds) associated with the execution of policies whenever they"
            + " evaluate incoming resource requests",
        BUCKETS,
        "policy_validation_mode", "policy_type", "policy_background_mode", "policy_namespace", "policy_name",
        "resource_kind", "resource_namespace", "resource_request_operation", "rule_execution_cause", "dry_run");
  }

  /** One answered review. */
  public void recordReview(ResourceRequest request, String namespace, boolean allowed, String webhook, long nanos) {
    String[] labels = {request.kind().kind(), namespace, operation(request), Boolean.toString(allowed), webhook};
    requests.inc(labels);
    reviewDuration.observe(nanos / 1e9, labels);
  }

  /** One policy evaluated at admission: its duration, and each of its rule responses. */
  public void recordPolicy(ResourceRequest request, PolicyResponse response, boolean dryRun, long nanos) {
    KyvernoPolicy policy = response.policy();
    String mode = policy.spec().validationFailureAction() == FailureAction.ENFORCE ? "enforce" : "audit";
    String type = policy.isNamespaced() ? "namespaced" : "cluster";
    String background = Boolean.toString(policy.spec().background());
    String policyNamespace = policy.isNamespaced() && policy.namespace() != null ? policy.namespace() : "-";
    String kind = response.resource().path("kind").asString(request.kind().kind());
    String namespace = response.resource().path("metadata").path("namespace").asString("");
    String operation = operation(request);
    String dry = Boolean.toString(dryRun);
    policyDuration.observe(nanos / 1e9, mode, type, background, policyNamespace, policy.name(), kind, namespace,
        operation, "admission_request", dry);
    for (RuleResponse rule : response.rules()) {
      policyResults.inc(mode, type, background, policyNamespace, policy.name(), kind, namespace, operation,
          rule.name(), rule.status().label(), ruleType(rule), "admission_request", dry);
    }
  }

  private static String operation(ResourceRequest request) {
    return request.operation().name().toLowerCase(Locale.ROOT);
  }

  /** Kyverno's rule_type values: validate, mutate, generate, imageVerify. */
  private static String ruleType(RuleResponse rule) {
    return switch (rule.type()) {
      case "Mutation" -> "mutate";
      case "Generation" -> "generate";
      case "ImageVerify" -> "imageVerify";
      default -> "validate";
    };
  }
}
