package io.bulwark.admission;

import io.bulwark.admission.PolicyEvaluator.Outcome;
import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.api.policy.FailurePolicy;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The validating webhook ({@code /validate}, {@code /validate/fail}, {@code /validate/ignore}),
 * following Kyverno's classic validation:
 *
 * <ol>
 *   <li>The policies are today's {@link PolicySet}; on {@code /validate/fail} only those with
 *       failurePolicy Fail, on {@code /validate/ignore} only Ignore ones, as Kyverno splits its
 *       webhooks.
 *   <li>The request context ({@link AdmissionContext}) is built once and shared by every policy.
 *   <li>ENFORCE and AUDIT_WARN policies are evaluated before answering, side by side, until the
 *       deadline; {@link ValidationVerdict} turns their responses into the answer. A policy that
 *       threw answers with an error for each of its validate rules (so its failurePolicy
 *       decides); a policy that did not answer in time is decided by {@link Fallback}.
 *   <li>AUDIT policies are handed to {@code audits} and evaluated after the answer, for metrics
 *       only.
 * </ol>
 */
public final class ValidatingHandler implements AdmissionHandler {

  private final Supplier<PolicySet> policies;
  private final Optional<FailurePolicy> only;
  private final PolicyEvaluator evaluator;
  private final Duration deadline;
  private final AdmissionMetrics metrics;
  private final Executor audits;

  /**
   * @param only the failure policy this path serves, or empty for every policy
   * @param deadline how long after the handler starts the answer may wait for policies
   * @param audits where Audit-only policies are evaluated after the answer
   */
  public ValidatingHandler(Supplier<PolicySet> policies, Optional<FailurePolicy> only, PolicyEvaluator evaluator,
      Duration deadline, AdmissionMetrics metrics, Executor audits) {
    this.policies = policies;
    this.only = only;
    this.evaluator = evaluator;
    this.deadline = deadline;
    this.metrics = metrics;
    this.audits = audits;
  }

  @Override
  public AdmissionDecision handle(AdmissionRequest request) {
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    var synchronous = new ArrayList<KyvernoPolicy>();
    var audit = new ArrayList<KyvernoPolicy>();
    for (PolicySet.Validating entry : policies.get().validating()) {
      if (only.isPresent() && entry.policy().spec().failurePolicy() != only.get()) {
        continue;
      }
      (entry.mode().isSynchronous() ? synchronous : audit).add(entry.policy());
    }
    if (synchronous.isEmpty() && audit.isEmpty()) {
      return AdmissionDecision.allow();
    }
    ResourceRequest resource = request.resourceRequest();
    JsonContext context = AdmissionContext.build(request);
    if (!audit.isEmpty()) {
      audits.execute(() -> audit(request, audit, context));
    }
    if (synchronous.isEmpty()) {
      return AdmissionDecision.allow();
    }
    var responses = new ArrayList<PolicyResponse>();
    var failClosed = new ArrayList<String>();
    var failOpen = new ArrayList<String>();
    for (Outcome outcome : evaluator.evaluate(synchronous, resource, context, deadlineNanos)) {
      switch (outcome) {
        case Outcome.Answered answered -> {
          responses.add(answered.response());
          metrics.recordPolicy(resource, answered.response(), request.dryRun(), answered.nanos());
        }
        case Outcome.Crashed crashed -> {
          PolicyResponse response = crashResponse(crashed.policy(), resource, crashed.error());
          responses.add(response);
          metrics.recordPolicy(resource, response, request.dryRun(), crashed.nanos());
        }
        case Outcome.TimedOut timedOut -> {
          KyvernoPolicy policy = timedOut.policy();
          (policy.spec().failurePolicy() == FailurePolicy.FAIL ? failClosed : failOpen).add(policy.qualifiedName());
        }
      }
    }
    AdmissionDecision decision = ValidationVerdict.decide(responses, resource.namespaceLabels());
    if (!decision.allowed() || (failClosed.isEmpty() && failOpen.isEmpty())) {
      return decision;
    }
    AdmissionDecision late = Fallback.deadlineExceeded(failClosed, failOpen, deadline);
    return late.allowed() ? decision.withWarnings(late.warnings()) : late;
  }

  /** A policy whose evaluation threw answers with an error for each of its validate rules. */
  static PolicyResponse crashResponse(KyvernoPolicy policy, ResourceRequest request, RuntimeException error) {
    String message = "policy evaluation failed: " + Fallback.oneLine(error);
    List<RuleResponse> rules = policy.spec().rules().stream()
        .filter(Rule::isValidate)
        .map(rule -> RuleResponse.of(rule.name(), rule.action().typeName(), RuleStatus.ERROR, message))
        .toList();
    return new PolicyResponse(policy, request.subject(), rules);
  }

  private void audit(AdmissionRequest request, List<KyvernoPolicy> policies, JsonContext context) {
    ResourceRequest resource = request.resourceRequest();
    for (KyvernoPolicy policy : policies) {
      long start = System.nanoTime();
      PolicyResponse response;
      try {
        response = evaluator.runner().validate(policy, resource, context);
      } catch (RuntimeException error) {
        response = crashResponse(policy, resource, error);
      }
      metrics.recordPolicy(resource, response, request.dryRun(), System.nanoTime() - start);
    }
  }
}
