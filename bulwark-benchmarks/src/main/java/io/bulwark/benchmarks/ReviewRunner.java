package io.bulwark.benchmarks;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.FailureActions;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.context.RequestContext;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole per-review work of the validating webhook, short of HTTP and TLS: parse the
 * AdmissionReview bytes, build the request and its JSON context once, run every policy, collect
 * the responses and decide (a failed rule whose effective action is Enforce denies).
 * Thread-safe.
 */
public final class ReviewRunner {

  private final DefaultEngine engine = new DefaultEngine();
  private final List<KyvernoPolicy> policies;

  public ReviewRunner(List<KyvernoPolicy> policies) {
    this.policies = List.copyOf(policies);
  }

  /** The outcome of one review: allowed or not, with every policy's responses. */
  public record Verdict(String uid, boolean allowed, List<PolicyResponse> responses) {

    public long count(RuleStatus status) {
      return responses.stream().mapToLong(response -> response.count(status)).sum();
    }
  }

  public Verdict review(byte[] body) {
    AdmissionReviews.Decoded decoded = AdmissionReviews.decode(body);
    ResourceRequest request = decoded.request();
    JsonContext context = JsonContext.of(RequestContext.build(request));
    List<PolicyResponse> responses = new ArrayList<>(policies.size());
    boolean allowed = true;
    for (KyvernoPolicy policy : policies) {
      PolicyResponse response = engine.validate(policy, request, context);
      responses.add(response);
      for (RuleResponse rule : response.rules()) {
        if (rule.status() == RuleStatus.FAIL && FailureActions.effective(policy, rule.name(), request.namespace(),
            request.namespaceLabels()) == FailureAction.ENFORCE) {
          allowed = false;
        }
      }
    }
    return new Verdict(decoded.uid(), allowed, responses);
  }
}
