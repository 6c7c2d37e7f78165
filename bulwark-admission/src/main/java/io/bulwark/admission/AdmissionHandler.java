package io.bulwark.admission;

import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.api.policy.FailurePolicy;
import tools.jackson.databind.JsonNode;

/**
 * One webhook path as a function: an admission request in, the decision out. Implementations
 * are thread-safe. Cross-cutting concerns are decorators around the function, applied in this
 * order by {@link Webhook}: {@code handler.withFailurePolicy(p).withLogging(log).withMetrics(m, w)}.
 *
 * <pre>{@code
 * AdmissionHandler validate = new ValidatingHandler(...).withFailurePolicy(FailurePolicy.FAIL);
 * JsonNode response = validate.review(requestReview);   // AdmissionReview JSON in and out
 * }</pre>
 */
@FunctionalInterface
public interface AdmissionHandler {

  AdmissionDecision handle(AdmissionRequest request);

  /**
   * The whole exchange as a pure function: an AdmissionReview request in, the AdmissionReview
   * response out.
   *
   * @throws BadReviewException when {@code review} is not an AdmissionReview this webhook can answer
   */
  default JsonNode review(JsonNode review) {
    AdmissionRequest request = AdmissionReviewCodec.decode(review);
    return AdmissionReviewCodec.encode(request, handle(request));
  }

  /**
   * The one place an unexpected failure becomes an answer: a RuntimeException escaping the
   * handler is logged once and answered by {@code policy} through {@link Fallback}.
   */
  default AdmissionHandler withFailurePolicy(FailurePolicy policy) {
    return request -> {
      try {
        return handle(request);
      } catch (RuntimeException unexpected) {
        DecisionLog.internalError(request, unexpected);
        return Fallback.internalError(policy, unexpected);
      }
    };
  }

  /** Logs every decision at debug and every denial at info, with the request's uid. */
  default AdmissionHandler withLogging() {
    return request -> {
      long start = System.nanoTime();
      AdmissionDecision decision = handle(request);
      DecisionLog.decided(request, decision, System.nanoTime() - start);
      return decision;
    };
  }

  /** Counts and times each review under Kyverno's admission metrics, for {@code webhook}. */
  default AdmissionHandler withMetrics(AdmissionMetrics metrics, String webhook) {
    return request -> {
      long start = System.nanoTime();
      AdmissionDecision decision = handle(request);
      metrics.recordReview(request.resourceRequest(), request.namespace(), decision.allowed(), webhook,
          System.nanoTime() - start);
      return decision;
    };
  }
}
