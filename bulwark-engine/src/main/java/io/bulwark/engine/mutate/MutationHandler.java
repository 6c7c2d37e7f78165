package io.bulwark.engine.mutate;

import io.bulwark.api.policy.ApplyRules;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.context.ContextLoader;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.match.RuleMatcher;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import io.bulwark.engine.validate.ConditionChecker;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Runs the mutate rules of one policy on one request, as Kyverno's engine does. Rules go in order
 * (autogen rules included, as the caller gives them), each on the object as the rules before it
 * left it: it is matched against that object and {@code request.object} holds it. For each rule
 * that matches: its context entries are loaded, its preconditions checked ({@code preconditions
 * not met} skips it), the PolicyExceptions that exempt it looked up, then
 *
 * <ul>
 *   <li>a plain rule has the whole rule substituted ({@code variable substitution failed: ...} when
 *       a variable cannot be resolved) and its patchStrategicMerge or patchesJson6902 applied;
 *   <li>a {@code foreach} rule runs its declarations ({@link ForEachMutation});
 *   <li>a mutate-existing rule ({@code targets}) leaves the request object alone and patches each
 *       target instead, with {@code target} in the context, one response per target.
 * </ul>
 *
 * A rule that changes its object passes ({@code mutated KIND/NAME in namespace NS}); one that
 * changes nothing is skipped ({@code no patches applied}); one that fails is an error and leaves
 * the object as it was before it. With {@code applyRules: One}, rules stop after the first that
 * passed. On DELETE only mutate-existing rules run: Kyverno's webhook does not mutate a deleted
 * object. Never throws for a rule. Thread-safe.
 */
public final class MutationHandler {

  static final String TYPE = "Mutation";
  private static final String OBJECT = "request.object";
  private static final String TARGET = "target";

  /**
   * The PolicyExceptions that exempt a rule, looked up once its context is loaded and its
   * preconditions hold, for the request as the rules before it left the object.
   */
  @FunctionalInterface
  public interface Exemptions {
    List<PolicyException> matching(Rule rule, ResourceRequest request, JsonContext ruleContext);

    Exemptions NONE = (rule, request, context) -> List.of();
  }

  private final ContextProvider provider;
  private final ContextLoader loader;
  private final ConditionChecker conditions = new ConditionChecker();
  private final RuleMatcher matcher = new RuleMatcher();
  private final ForEachMutation foreach;
  private final MutationTargets targets;

  public MutationHandler(ContextProvider provider) {
    this.provider = provider;
    this.loader = new ContextLoader(provider);
    this.foreach = new ForEachMutation(provider, loader);
    this.targets = new MutationTargets(provider);
  }

  /**
   * Runs {@code rules} (the policy's mutate rules, autogen ones included) on {@code request}, with
   * {@code requestContext} built for it; the context is not changed.
   */
  public MutationOutcome mutate(KyvernoPolicy policy, List<Rule> rules, ResourceRequest request,
      JsonContext requestContext, Exemptions exemptions) {
    List<RuleResponse> responses = new ArrayList<>();
    List<PatchedTarget> patchedTargets = new ArrayList<>();
    boolean delete = request.operation() == Operation.DELETE;
    boolean applyOne = policy.spec().applyRules() == ApplyRules.ONE;
    JsonNode patched = request.subject();
    ResourceRequest current = request;
    JsonContext context = requestContext.child();
    for (Rule rule : rules) {
      if (!(rule.action() instanceof Mutation mutation) || (delete && !mutation.isMutateExisting())) {
        continue;
      }
      if (!matcher.selects(policy, rule, current)) {
        continue;
      }
      RuleOutcome outcome;
      try {
        outcome = evaluate(policy, rule, mutation, current, patched, context, exemptions);
      } catch (RuntimeException bug) {
        // A rule must never take the others down: an unexpected failure is this rule's error.
        outcome = RuleOutcome.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
            "internal error while evaluating the rule: " + bug));
      }
      responses.addAll(outcome.responses());
      patchedTargets.addAll(outcome.targets());
      if (outcome.patched() != null) {
        patched = outcome.patched();
        current = new ResourceRequest(patched, request.oldResource(), request.operation(), request.requestInfo(),
            request.namespaceLabels(), request.kind(), request.subresource());
        context.put(OBJECT, patched);
      }
      if (applyOne && outcome.responses().stream().anyMatch(MutationHandler::applied)) {
        break;
      }
    }
    return new MutationOutcome(new PolicyResponse(policy, request.subject(), responses), patched, patchedTargets);
  }

  /** What one rule did: its responses, the new request object when it changed, the targets it patched. */
  private record RuleOutcome(List<RuleResponse> responses, JsonNode patched, List<PatchedTarget> targets) {
    static RuleOutcome of(RuleResponse response) {
      return new RuleOutcome(List.of(response), null, List.of());
    }
  }

  private RuleOutcome evaluate(KyvernoPolicy policy, Rule rule, Mutation mutation, ResourceRequest request,
      JsonNode resource, JsonContext base, Exemptions exemptions) {
    JsonContext context = base.child();
    JsonNode values = provider.values(policy, rule.name(), resource);
    if (values != null) {
      context.putAll(values);
    }
    try {
      loader.loadLeniently(rule.context(), context);
    } catch (RuntimeException e) {
      return error(rule, KyvernoMessages.ruleError("failed to load context", String.valueOf(e.getMessage())));
    }
    Optional<RuleResponse> unmet = preconditions(rule, rule.preconditions(), context);
    if (unmet.isPresent()) {
      return RuleOutcome.of(unmet.get());
    }
    List<PolicyException> exempting = exemptions.matching(rule, request, context);
    if (!exempting.isEmpty()) {
      return RuleOutcome.of(exempted(rule, exempting));
    }
    if (mutation.isMutateExisting()) {
      return mutateTargets(policy, rule, mutation, context);
    }
    Step step = apply(policy, rule, mutation, resource, context, OBJECT);
    return new RuleOutcome(List.of(response(rule, step)), step.status() == RuleStatus.PASS ? step.resource() : null,
        List.of());
  }

  /** A skip or error response when the block does not hold or cannot be evaluated; empty when it holds. */
  private Optional<RuleResponse> preconditions(Rule rule, JsonNode block, JsonContext context) {
    if (block == null || block.isNull() || block.isMissingNode()) {
      return Optional.empty();
    }
    ConditionChecker.Outcome outcome;
    try {
      outcome = conditions.check(block, context);
    } catch (RuntimeException e) {
      return Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.ruleError("failed to evaluate preconditions", e.getMessage())));
    }
    return outcome.holds() ? Optional.empty() : Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP,
        KyvernoMessages.preconditionsNotMet(outcome.message())));
  }

  /** The rule's patch (or foreach) applied to one object, held in the context at {@code objectKey}. */
  private Step apply(KyvernoPolicy policy, Rule rule, Mutation mutation, JsonNode resource, JsonContext context,
      String objectKey) {
    JsonNode declarations = mutation.spec().get("foreach");
    if (declarations != null && !declarations.isNull()) {
      return foreach.apply(policy, rule, declarations, resource, context, 0, objectKey);
    }
    JsonNode block;
    try {
      // Kyverno substitutes the whole rule, so a variable anywhere in it must resolve.
      JsonNode substituted = Variables.substituteAll(rule.raw() != null ? rule.raw() : mutation.spec(), context);
      block = rule.raw() != null ? substituted.path("mutate") : substituted;
    } catch (RuntimeException e) {
      return Step.error("variable substitution failed", e.getMessage());
    }
    return Patches.apply(block, resource);
  }

  /** mutate-existing: every target found, each in its own context, one response each. */
  private RuleOutcome mutateTargets(KyvernoPolicy policy, Rule rule, Mutation mutation, JsonContext context) {
    List<RuleResponse> responses = new ArrayList<>();
    List<PatchedTarget> patched = new ArrayList<>();
    MutationTargets.Loaded loaded = targets.load(policy, mutation.spec().get("targets"), context);
    if (!loaded.errors().isEmpty()) {
      // Kyverno reports the combined load errors with an empty stage: ": <errors>".
      responses.add(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.ruleError("", String.join("; ", loaded.errors()))));
    }
    for (MutationTargets.Target target : loaded.targets()) {
      JsonContext targetContext = context.child();
      targetContext.put(TARGET, target.object());
      try {
        loader.loadLeniently(target.context(), targetContext);
      } catch (RuntimeException e) {
        responses.add(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
            KyvernoMessages.ruleError("failed to load context", String.valueOf(e.getMessage()))));
        continue;
      }
      Optional<RuleResponse> unmet = preconditions(rule, target.preconditions(), targetContext);
      if (unmet.isPresent()) {
        responses.add(unmet.get());
        continue;
      }
      Step step = apply(policy, rule, mutation, target.object(), targetContext, TARGET);
      RuleResponse response = response(rule, step);
      responses.add(response);
      if (step.status() == RuleStatus.PASS) {
        patched.add(new PatchedTarget(response, step.resource()));
      }
    }
    return new RuleOutcome(responses, null, patched);
  }

  private static RuleResponse response(Rule rule, Step step) {
    return switch (step.status()) {
      case PASS -> RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, KyvernoMessages.mutated(step.resource()));
      default -> RuleResponse.of(rule.name(), TYPE, step.status(), step.message());
    };
  }

  /** A rule exempted by exceptions: skip, naming them, with their names as a report property. */
  private static RuleResponse exempted(Rule rule, List<PolicyException> exempting) {
    String names = exempting.stream().map(PolicyException::name).collect(Collectors.joining(","));
    return new RuleResponse(rule.name(), TYPE,
        KyvernoMessages.mutateExempted(exempting.stream().map(PolicyException::key).toList()), RuleStatus.SKIP,
        Optional.empty(), Map.of("exceptions", names));
  }

  private static RuleOutcome error(Rule rule, String message) {
    return RuleOutcome.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR, message));
  }

  /** Kyverno's "rules applied" count: rules that passed or failed. */
  private static boolean applied(RuleResponse response) {
    return response.status() == RuleStatus.PASS || response.status() == RuleStatus.FAIL;
  }
}
