package io.bulwark.engine;

import io.bulwark.api.policy.ApplyRules;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.autogen.Autogen;
import io.bulwark.engine.cache.WeakIdentityCache;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.context.RequestContext;
import io.bulwark.engine.exception.ExceptionMatcher;
import io.bulwark.engine.generate.Downstream;
import io.bulwark.engine.generate.GenerationHandler;
import io.bulwark.engine.generate.GenerationOutcome;
import io.bulwark.engine.match.RuleMatcher;
import io.bulwark.engine.mutate.MutationHandler;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import io.bulwark.engine.validate.ValidationHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine as Kyverno runs classic policies: for each rule (autogen rules included) that
 * selects the request, evaluate it in a context built from the request; rules that do not match
 * give no response. The outside world is reached only through the {@link ContextProvider}.
 *
 * <p>What depends only on the policy (its validate and mutate rules, autogen rules included) is derived once
 * per policy object and kept for as long as that object is in use; a policy reloaded from its file
 * is a new object and is derived afresh. Thread-safe.
 */
public final class DefaultEngine implements Engine {

  /** Policies whose derived rules are kept at once; far above any real policy set. */
  private static final int PREPARED_POLICIES = 4096;

  private final RuleMatcher matcher = new RuleMatcher();
  private final WeakIdentityCache<KyvernoPolicy, List<Rule>> validateRules =
      new WeakIdentityCache<>(DefaultEngine::validateRules, PREPARED_POLICIES);
  private final WeakIdentityCache<KyvernoPolicy, List<Rule>> mutateRules =
      new WeakIdentityCache<>(DefaultEngine::mutateRules, PREPARED_POLICIES);
  private final ValidationHandler validation;
  private final MutationHandler mutation;
  private final GenerationHandler generation;
  private final ExceptionMatcher exceptions;

  /** An engine with no access to anything outside the request and no exceptions. */
  public DefaultEngine() {
    this(ContextProvider.NONE, List.of());
  }

  public DefaultEngine(ContextProvider provider) {
    this(provider, List.of());
  }

  public DefaultEngine(ContextProvider provider, List<PolicyException> exceptions) {
    this.validation = new ValidationHandler(provider);
    this.mutation = new MutationHandler(provider);
    this.generation = new GenerationHandler(provider);
    this.exceptions = new ExceptionMatcher(exceptions);
  }

  @Override
  public PolicyResponse validate(KyvernoPolicy policy, ResourceRequest request) {
    return validate(policy, request, JsonContext.of(RequestContext.build(request)));
  }

  /**
   * As {@link #validate(KyvernoPolicy, ResourceRequest)}, with a context already built for the
   * request (so many policies share one build). The context is not changed.
   */
  public PolicyResponse validate(KyvernoPolicy policy, ResourceRequest request, JsonContext requestContext) {
    List<RuleResponse> responses = new ArrayList<>();
    boolean applyOne = policy.spec().applyRules() == ApplyRules.ONE;
    for (Rule rule : validateRules.get(policy)) {
      if (!matcher.selects(policy, rule, request)) {
        continue;
      }
      Optional<RuleResponse> response = evaluate(policy, rule, request, requestContext);
      response.ifPresent(responses::add);
      if (applyOne && response.filter(DefaultEngine::applied).isPresent()) {
        break;
      }
    }
    return new PolicyResponse(policy, request.subject(), responses);
  }

  @Override
  public MutationOutcome mutate(KyvernoPolicy policy, ResourceRequest request) {
    return mutate(policy, request, JsonContext.of(RequestContext.build(request)));
  }

  /**
   * As {@link #mutate(KyvernoPolicy, ResourceRequest)}, with a context already built for the
   * request. The context is not changed: the patched object is seen by the policy's later rules
   * only. To chain policies, build the next request (and context) from {@code patched()}.
   */
  public MutationOutcome mutate(KyvernoPolicy policy, ResourceRequest request, JsonContext requestContext) {
    MutationHandler.Exemptions exemptions = exceptions.isEmpty() ? MutationHandler.Exemptions.NONE
        : (rule, current, ruleContext) -> exceptions.matching(policy, rule.name(), current, ruleContext);
    return mutation.mutate(policy, mutateRules.get(policy), request, requestContext, exemptions);
  }

  @Override
  public GenerationOutcome generate(KyvernoPolicy policy, ResourceRequest request) {
    List<RuleResponse> responses = new ArrayList<>();
    List<Downstream> resources = new ArrayList<>();
    List<GenerationOutcome.Failure> failures = new ArrayList<>();
    // Autogen never applies to a policy with generate rules, so the policy's own rules are all there is.
    List<Rule> rules = policy.spec().rules().stream()
        .filter(rule -> rule.action() instanceof io.bulwark.api.policy.Generation).toList();
    if (rules.isEmpty()) {
      return new GenerationOutcome(new PolicyResponse(policy, request.subject(), responses), resources, failures);
    }
    JsonContext requestContext = JsonContext.of(RequestContext.build(request));
    boolean applyOne = policy.spec().applyRules() == ApplyRules.ONE;
    for (Rule rule : rules) {
      GenerationHandler.RuleOutcome outcome;
      try {
        GenerationHandler.Exemptions exemptions = exceptions.isEmpty() ? GenerationHandler.Exemptions.NONE
            : ruleContext -> exceptions.matching(policy, rule.name(), request, ruleContext);
        outcome = generation.generate(policy, rule, request, requestContext, exemptions);
      } catch (RuntimeException bug) {
        outcome = new GenerationHandler.RuleOutcome(Optional.of(RuleResponse.of(rule.name(),
            rule.action().typeName(), RuleStatus.ERROR, "internal error while evaluating the rule: " + bug)),
            List.of(), List.of());
      }
      if (outcome.response().isEmpty()) {
        continue;
      }
      responses.add(outcome.response().get());
      resources.addAll(outcome.resources());
      failures.addAll(outcome.failures());
      // Kyverno's background checks stop at the first rule that did not skip when applyRules is One.
      if (applyOne && outcome.response().get().status() != RuleStatus.SKIP) {
        break;
      }
    }
    return new GenerationOutcome(new PolicyResponse(policy, request.subject(), responses), resources, failures);
  }

  /** The validate rules Kyverno evaluates for a policy, in order: its own, then autogen ones. */
  private static List<Rule> validateRules(KyvernoPolicy policy) {
    return Autogen.rules(policy).stream().filter(Rule::isValidate).toList();
  }

  /** The mutate rules Kyverno evaluates for a policy, in order: its own, then autogen ones. */
  private static List<Rule> mutateRules(KyvernoPolicy policy) {
    return Autogen.rules(policy).stream().filter(rule -> rule.action() instanceof Mutation).toList();
  }

  private Optional<RuleResponse> evaluate(KyvernoPolicy policy, Rule rule, ResourceRequest request,
      JsonContext requestContext) {
    try {
      ValidationHandler.Exemptions exemptions = exceptions.isEmpty() ? ValidationHandler.Exemptions.NONE
          : ruleContext -> exceptions.matching(policy, rule.name(), request, ruleContext);
      return validation.validate(policy, rule, request, requestContext, exemptions);
    } catch (RuntimeException bug) {
      // A rule must never take the others down: an unexpected failure is this rule's error.
      return Optional.of(RuleResponse.of(rule.name(), rule.action().typeName(), RuleStatus.ERROR,
          "internal error while evaluating the rule: " + bug));
    }
  }

  /** Kyverno's "rules applied" count: rules that passed or failed. */
  private static boolean applied(RuleResponse response) {
    return response.status() == RuleStatus.PASS || response.status() == RuleStatus.FAIL;
  }
}
