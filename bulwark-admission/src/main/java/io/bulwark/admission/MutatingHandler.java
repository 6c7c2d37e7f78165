package io.bulwark.admission;

import io.bulwark.admission.MutationChain.Step;
import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.api.policy.FailurePolicy;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.mutate.patch.JsonPatch;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The mutating webhook ({@code /mutate}, {@code /mutate/fail}, {@code /mutate/ignore}), following
 * Kyverno's mutation handler:
 *
 * <ol>
 *   <li>The policies are today's {@link PolicySet#mutating()}, in its order; on {@code
 *       /mutate/fail} only those with failurePolicy Fail, on {@code /mutate/ignore} only Ignore
 *       ones. A DELETE has no object to patch and is allowed as it is.
 *   <li>Each policy mutates the object the ones before it produced ({@link MutationChain}), until
 *       the deadline.
 *   <li>A policy with a failed or errored rule is not applied. If that blocks the request (an
 *       error under failurePolicy Fail), the request is denied with Kyverno's message {@code
 *       mutation policy P error: failed to apply policy P rules [R: MSG ...]}; otherwise its patch
 *       is dropped and the chain goes on.
 *   <li>Policies that had not finished by the deadline are decided by {@link Fallback}.
 *   <li>The answer is the JSON patch from the request's object to the final object ({@link
 *       JsonPatch#diff}; numbers compared and written as Kyverno's Go code writes them, {@link
 *       GoJsonNumbers}), absent when nothing changed, with a warning {@code policy P.R: MSG} for
 *       every rule that neither passed nor was skipped.
 * </ol>
 *
 * Every policy that answered is counted in {@code kyverno_policy_results_total} (rule_type
 * mutate). Thread-safe.
 */
public final class MutatingHandler implements AdmissionHandler {

  /**
   * The engine call: one policy's mutate rules against the request, whose object is the one so far,
   * with the request's variables ({@code request.object} being that object too).
   */
  @FunctionalInterface
  public interface PolicyMutator {
    MutationOutcome mutate(KyvernoPolicy policy, ResourceRequest request, JsonContext context);
  }

  private final Supplier<PolicySet> policies;
  private final Optional<FailurePolicy> only;
  private final PolicyEvaluator evaluator;
  private final PolicyMutator mutator;
  private final Duration deadline;
  private final AdmissionMetrics metrics;

  /**
   * @param only the failure policy this path serves, or empty for every policy
   * @param evaluator whose threads run the chain, so a slow policy does not hold the answer
   * @param deadline how long after the handler starts the answer may wait for policies
   */
  public MutatingHandler(Supplier<PolicySet> policies, Optional<FailurePolicy> only, PolicyEvaluator evaluator,
      PolicyMutator mutator, Duration deadline, AdmissionMetrics metrics) {
    this.policies = policies;
    this.only = only;
    this.evaluator = evaluator;
    this.mutator = mutator;
    this.deadline = deadline;
    this.metrics = metrics;
  }

  @Override
  public AdmissionDecision handle(AdmissionRequest request) {
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    ResourceRequest resource = request.resourceRequest();
    List<KyvernoPolicy> chain = policies.get().mutating().stream()
        .filter(policy -> only.isEmpty() || policy.spec().failurePolicy() == only.get())
        .toList();
    if (chain.isEmpty() || resource.operation() == Operation.DELETE) {
      return AdmissionDecision.allow();
    }
    var run = new MutationChain(chain, resource, step -> AdmissionContext.build(request, step), mutator,
        deadlineNanos);
    List<Step> steps = evaluator.execute(run) ? run.awaitSteps() : List.of();

    JsonNode patched = resource.resource();
    var warnings = new ArrayList<String>();
    for (Step step : steps) {
      metrics.recordPolicy(step.request(), step.response(), request.dryRun(), step.nanos());
      if (!step.applied() && ValidationVerdict.blocks(step.response(), resource.namespaceLabels())) {
        return AdmissionDecision.deny(blockedMessage(step.response()));
      }
      if (step.applied()) {
        patched = step.patched();
      }
      warnings.addAll(warnings(step.response()));
    }
    if (steps.size() < chain.size()) {
      var failClosed = new ArrayList<String>();
      var failOpen = new ArrayList<String>();
      for (KyvernoPolicy late : chain.subList(steps.size(), chain.size())) {
        (late.spec().failurePolicy() == FailurePolicy.FAIL ? failClosed : failOpen).add(late.qualifiedName());
      }
      AdmissionDecision fallback = Fallback.deadlineExceeded(failClosed, failOpen, deadline);
      if (!fallback.allowed()) {
        return fallback;
      }
      warnings.addAll(fallback.warnings());
    }
    JsonNode original = resource.resource();
    if (patched == original) {
      return AdmissionDecision.allowWithWarnings(warnings);
    }
    if (GoJsonNumbers.hasIntegralFloats(patched)) {
      original = GoJsonNumbers.integralFloatsAsIntegers(original);
      patched = GoJsonNumbers.integralFloatsAsIntegers(patched);
    }
    ArrayNode patch = JsonPatch.diff(original, patched);
    return patch.isEmpty() ? AdmissionDecision.allowWithWarnings(warnings)
        : AdmissionDecision.allowWithPatch(patch, warnings);
  }

  /**
   * Kyverno's denial when a mutate policy cannot be applied under failurePolicy Fail: the policy's
   * name, then each failed or errored rule as {@code name: message}, space-separated in brackets
   * (Go's {@code %v} of a string slice).
   */
  static String blockedMessage(PolicyResponse response) {
    String policy = response.policy().name();
    List<String> rules = response.rules().stream()
        .filter(MutationChain::failed)
        .map(rule -> rule.name() + ": " + rule.message())
        .toList();
    return "mutation policy " + policy + " error: failed to apply policy " + policy + " rules ["
        + String.join(" ", rules) + "]";
  }

  private static List<String> warnings(PolicyResponse response) {
    var warnings = new ArrayList<String>();
    for (RuleResponse rule : response.rules()) {
      if (rule.status() != RuleStatus.PASS && rule.status() != RuleStatus.SKIP) {
        warnings.add(KyvernoMessages.admissionWarning(response.policy().name(), rule.name(), rule.message()));
      }
    }
    return warnings;
  }
}
