package io.bulwark.engine.generate;

import io.bulwark.api.policy.Generation;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.context.ContextLoader;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.match.RuleMatcher;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import io.bulwark.engine.validate.ConditionChecker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Runs one generate rule against one trigger the way Kyverno splits the work between its engine
 * and its background controller:
 *
 * <ol>
 *   <li>whether the rule applies (Kyverno's background checks): a PolicyException that names it
 *       skips it; a trigger the rule does not select gives no response, unless the old object was
 *       selected, which is a {@code fail} (the trigger left the rule's scope); then the rule's
 *       context is loaded and its preconditions decide between {@code pass} and {@code skip} (a
 *       skip turns into {@code fail} when the old object met them), or {@code error} when they
 *       cannot be evaluated. Messages are empty, as Kyverno leaves them;
 *   <li>for a rule that passed, what to generate ({@link Generator}); for one that failed and
 *       synchronizes, which downstream resources to delete.
 * </ol>
 *
 * Never throws for a rule. Thread-safe.
 */
public final class GenerationHandler {

  static final String TYPE = "Generation";

  private final ContextProvider provider;
  private final ContextLoader loader;
  private final ConditionChecker conditions = new ConditionChecker();
  private final RuleMatcher matcher = new RuleMatcher();

  /** The PolicyExceptions that exempt a rule, looked up in the request's context. */
  @FunctionalInterface
  public interface Exemptions {
    List<PolicyException> matching(JsonContext context);

    Exemptions NONE = context -> List.of();
  }

  /** What one rule decided: its response (none when it does not apply), downstream decisions and failures. */
  public record RuleOutcome(Optional<RuleResponse> response, List<Downstream> resources,
      List<GenerationOutcome.Failure> failures) {

    static RuleOutcome none() {
      return new RuleOutcome(Optional.empty(), List.of(), List.of());
    }

    static RuleOutcome of(RuleResponse response) {
      return new RuleOutcome(Optional.of(response), List.of(), List.of());
    }
  }

  public GenerationHandler(ContextProvider provider) {
    this.provider = provider;
    this.loader = new ContextLoader(provider);
  }

  public RuleOutcome generate(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonContext base,
      Exemptions exemptions) {
    Generation generation = (Generation) rule.action();
    JsonContext context = base.child();
    JsonNode values = provider.values(policy, rule.name(), request.subject());
    if (values != null) {
      context.putAll(values);
    }
    List<PolicyException> exempting = exemptions.matching(context);
    if (!exempting.isEmpty()) {
      return RuleOutcome.of(exempted(rule, exempting));
    }
    boolean newMatches = !isAbsent(request.resource())
        && matcher.matchObject(policy, rule, request, request.resource()).matched();
    if (!newMatches) {
      boolean oldMatches = !isAbsent(request.oldResource())
          && matcher.matchObject(policy, rule, request, request.oldResource()).matched();
      return oldMatches ? leftScope(policy, rule, generation, request, context) : RuleOutcome.none();
    }
    try {
      loader.loadLeniently(rule.context(), context);
    } catch (RuntimeException e) {
      // Kyverno gives a rule whose context cannot be loaded no response at all.
      return RuleOutcome.none();
    }
    if (rule.preconditions() != null) {
      ConditionChecker.Outcome outcome;
      try {
        outcome = conditions.check(rule.preconditions(), context);
      } catch (RuntimeException e) {
        return RuleOutcome.of(response(rule, RuleStatus.ERROR, GenerationMessages.conditionsError(e.getMessage())));
      }
      if (!outcome.holds()) {
        return unmet(policy, rule, generation, request, context);
      }
    }
    Generator generator = new Generator(policy, rule.name(), generation.synchronize(), request.resource(), provider);
    List<JsonNode> foreach = generation.foreach();
    if (foreach.isEmpty()) {
      generator.generate(generation.spec(), context);
    } else {
      generator.generateForeach(foreach, context);
    }
    return new RuleOutcome(Optional.of(response(rule, RuleStatus.PASS, "")), generator.downstream(),
        generator.failures());
  }

  /**
   * Preconditions that do not hold: a skip, unless they held for the old object, which means the
   * trigger stopped qualifying (Kyverno reports fail, and a synchronizing rule's downstream goes).
   */
  private RuleOutcome unmet(KyvernoPolicy policy, Rule rule, Generation generation, ResourceRequest request,
      JsonContext context) {
    if (isAbsent(request.oldResource())) {
      return RuleOutcome.of(response(rule, RuleStatus.SKIP, ""));
    }
    JsonContext old = context.child();
    old.put("request.object", request.oldResource());
    ConditionChecker.Outcome outcome;
    try {
      outcome = conditions.check(rule.preconditions(), old);
    } catch (RuntimeException e) {
      return RuleOutcome.of(response(rule, RuleStatus.ERROR, GenerationMessages.oldConditionsError(e.getMessage())));
    }
    if (!outcome.holds()) {
      return RuleOutcome.of(response(rule, RuleStatus.SKIP, ""));
    }
    return deleting(policy, rule, generation, request, old, outcome.message());
  }

  /** The old object was selected and the new one is not (or is gone, on DELETE). */
  private RuleOutcome leftScope(KyvernoPolicy policy, Rule rule, Generation generation, ResourceRequest request,
      JsonContext context) {
    if (request.operation() == Operation.DELETE && matchesDeleteOperation(rule)) {
      return generatingOnDelete(policy, rule, generation, request, context);
    }
    JsonContext old = context.child();
    old.put("request.object", request.oldResource());
    old.put("request.oldObject", request.oldResource());
    try {
      loader.loadLeniently(rule.context(), old);
    } catch (RuntimeException e) {
      // Without its context the targets cannot be named; the rule still reports leaving scope.
      return RuleOutcome.of(response(rule, RuleStatus.FAIL, ""));
    }
    return deleting(policy, rule, generation, request, old, "");
  }

  /**
   * A rule that asks for DELETE operations generates when its trigger is deleted (Kyverno's
   * syncTriggerAction fires generation instead of deleting downstream). The engine still reports
   * the rule as fail, as Kyverno's background checks do; variables read the deleted object.
   */
  private RuleOutcome generatingOnDelete(KyvernoPolicy policy, Rule rule, Generation generation,
      ResourceRequest request, JsonContext context) {
    RuleResponse fail = response(rule, RuleStatus.FAIL, "");
    JsonContext deleted = context.child();
    Generator generator = new Generator(policy, rule.name(), generation.synchronize(), request.oldResource(), provider);
    try {
      loader.loadLeniently(rule.context(), deleted);
      if (rule.preconditions() != null && !conditions.check(rule.preconditions(), deleted).holds()) {
        return RuleOutcome.of(fail);
      }
    } catch (RuntimeException e) {
      return new RuleOutcome(Optional.of(fail), List.of(),
          List.of(new GenerationOutcome.Failure(rule.name(), GenerationMessages.preconditionsError(e.getMessage()))));
    }
    List<JsonNode> foreach = generation.foreach();
    if (foreach.isEmpty()) {
      generator.generate(generation.spec(), deleted);
    } else {
      generator.generateForeach(foreach, deleted);
    }
    return new RuleOutcome(Optional.of(fail), generator.downstream(), generator.failures());
  }

  /** Kyverno's MatchDeleteOperation: whether any match filter lists the DELETE operation. */
  private static boolean matchesDeleteOperation(Rule rule) {
    return rule.match().filters().stream()
        .anyMatch(filter -> filter.resources().operations().contains(Operation.DELETE.name()));
  }

  private RuleOutcome deleting(KyvernoPolicy policy, Rule rule, Generation generation, ResourceRequest request,
      JsonContext old, String message) {
    RuleResponse fail = response(rule, RuleStatus.FAIL, message);
    if (!generation.synchronize()) {
      return RuleOutcome.of(fail);
    }
    Generator generator = new Generator(policy, rule.name(), true, request.oldResource(), provider);
    if (generation.foreach().isEmpty()) {
      generator.delete(generation.spec(), old);
    } else {
      generator.deleteForeach(generation.foreach(), old);
    }
    return new RuleOutcome(Optional.of(fail), generator.downstream(), generator.failures());
  }

  private static RuleResponse exempted(Rule rule, List<PolicyException> exempting) {
    String keys = exempting.stream().map(PolicyException::key).collect(Collectors.joining(", "));
    String names = exempting.stream().map(PolicyException::name).collect(Collectors.joining(","));
    return new RuleResponse(rule.name(), TYPE, "rule is skipped due to policy exception " + keys, RuleStatus.SKIP,
        Optional.empty(), Map.of("exceptions", names));
  }

  private static RuleResponse response(Rule rule, RuleStatus status, String message) {
    return RuleResponse.of(rule.name(), TYPE, status, message);
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || node instanceof NullNode;
  }
}
