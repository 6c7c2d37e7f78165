package io.bulwark.engine;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.generate.GenerationOutcome;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;

/**
 * The one entry point every front end uses (webhook, background scanner, CLI): JSON trees in,
 * results out. No I/O. Implementations are thread-safe and never throw for a rule: a rule that
 * cannot be evaluated yields an {@code error} response.
 */
public interface Engine {

  /** Runs the validate rules of {@code policy} (autogen rules included) against the request. */
  PolicyResponse validate(KyvernoPolicy policy, ResourceRequest request);

  /**
   * Runs the mutate rules of {@code policy} (autogen rules included) against the request, each
   * rule on the result of the one before; the outcome carries the patched object.
   */
  MutationOutcome mutate(KyvernoPolicy policy, ResourceRequest request);

  /**
   * Runs the generate rules of {@code policy} against the request (its trigger): each rule's
   * response as Kyverno's background checks give it, and the downstream resources to create,
   * update or delete. Nothing is written; sources and existing downstream resources are read
   * through the engine's context provider.
   */
  GenerationOutcome generate(KyvernoPolicy policy, ResourceRequest request);
}
