package io.bulwark.admission;

import io.bulwark.admission.MutatingHandler.PolicyMutator;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Mutation;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The mutate policies of one request, run one after the other on a policy thread, each on the
 * object the ones before it produced, as Kyverno's mutation handler chains them. A policy whose
 * response has a failed or errored rule is not applied (its patch is dropped); if it would block
 * the request, the chain stops there. The request's thread waits with {@link #awaitSteps} until
 * the deadline and takes what has finished; the rest is abandoned: a policy still running finishes
 * in the background and is dropped, the next ones are not started.
 */
final class MutationChain implements Runnable {

  /**
   * One policy's turn: the request it saw (object so far), its response, and the object after it,
   * or null when the policy was not applied.
   */
  record Step(KyvernoPolicy policy, ResourceRequest request, PolicyResponse response, JsonNode patched, long nanos) {
    boolean applied() {
      return patched != null;
    }
  }

  private final List<KyvernoPolicy> policies;
  private final ResourceRequest request;
  private final Function<ResourceRequest, JsonContext> contexts;
  private final PolicyMutator mutator;
  private final long deadlineNanos;
  private final CountDownLatch done = new CountDownLatch(1);
  private final List<Step> steps = new ArrayList<>();
  private boolean abandoned;

  /** @param contexts the variables for each policy's request (its object is the one so far) */
  MutationChain(List<KyvernoPolicy> policies, ResourceRequest request, Function<ResourceRequest, JsonContext> contexts,
      PolicyMutator mutator, long deadlineNanos) {
    this.policies = List.copyOf(policies);
    this.request = request;
    this.contexts = contexts;
    this.mutator = mutator;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void run() {
    try {
      JsonNode current = request.resource();
      for (KyvernoPolicy policy : policies) {
        if (deadlineNanos - System.nanoTime() <= 0) {
          return; // Nobody waits for it any more; what is left is late.
        }
        Step step = evaluate(policy, withObject(current));
        synchronized (this) {
          if (abandoned) {
            return;
          }
          steps.add(step);
        }
        if (step.applied()) {
          current = step.patched();
        } else if (ValidationVerdict.blocks(step.response(), request.namespaceLabels())) {
          return;
        }
      }
    } finally {
      done.countDown();
    }
  }

  /**
   * The steps finished by the deadline, in chain order. Fewer than the policies when the chain
   * stopped at a blocking policy or ran out of time; afterwards the chain adds no more steps.
   */
  List<Step> awaitSteps() {
    try {
      done.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      abandoned = true;
      return List.copyOf(steps);
    }
  }

  private Step evaluate(KyvernoPolicy policy, ResourceRequest step) {
    long start = System.nanoTime();
    PolicyResponse response;
    JsonNode patched;
    try {
      MutationOutcome outcome = mutator.mutate(policy, step, contexts.apply(step));
      response = outcome.response();
      patched = outcome.patched() == null ? step.resource() : outcome.patched();
    } catch (RuntimeException error) {
      response = crashResponse(policy, step, error);
      patched = null;
    } catch (StackOverflowError error) {
      // Deeply nested input can exhaust the stack of this thread only; the policy answers with an error.
      response = crashResponse(policy, step, new IllegalStateException("stack overflow", error));
      patched = null;
    }
    return new Step(policy, step, response, successful(response) ? patched : null, System.nanoTime() - start);
  }

  /** Kyverno's {@code IsSuccessful}: no rule failed or errored. */
  static boolean successful(PolicyResponse response) {
    return response.rules().stream().noneMatch(MutationChain::failed);
  }

  static boolean failed(RuleResponse rule) {
    return rule.status() == RuleStatus.FAIL || rule.status() == RuleStatus.ERROR;
  }

  /** A policy whose evaluation threw answers with an error for each of its mutate rules. */
  static PolicyResponse crashResponse(KyvernoPolicy policy, ResourceRequest request, RuntimeException error) {
    String message = "policy evaluation failed: " + Fallback.oneLine(error);
    List<RuleResponse> rules = policy.spec().rules().stream()
        .filter(rule -> rule.action() instanceof Mutation)
        .map(rule -> RuleResponse.of(rule.name(), rule.action().typeName(), RuleStatus.ERROR, message))
        .toList();
    return new PolicyResponse(policy, request.subject(), rules);
  }

  private ResourceRequest withObject(JsonNode object) {
    return new ResourceRequest(object, request.oldResource(), request.operation(), request.requestInfo(),
        request.namespaceLabels(), request.kind(), request.subresource());
  }
}
