package io.bulwark.engine.validate;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.Validation;
import io.bulwark.engine.context.ContextException;
import io.bulwark.engine.context.ContextLoader;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.match.RuleMatcher;
import io.bulwark.engine.pattern.MatchOutcome;
import io.bulwark.engine.pattern.PatternMatcher;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import io.bulwark.engine.variables.SubstitutionException;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Runs one matched validate rule the way Kyverno orders it: load the rule's context entries
 * (an entry that fails is left out, as deferred loading leaves it), check preconditions, look up
 * the PolicyExceptions that exempt it, then deny conditions, pattern/anyPattern (variables
 * substituted first) or foreach. podSecurity and cel are handed to their own evaluators when
 * present. Returns empty where Kyverno gives no response (patterns and podSecurity on DELETE, a
 * foreach that applied to no element). Never throws for a rule: every failure is an {@code
 * error} response that says what failed. Thread-safe.
 */
public final class ValidationHandler {

  static final String TYPE = "Validation";

  private final ContextProvider provider;
  private final ContextLoader loader;
  private final ConditionChecker conditions;
  private final PodSecurityCheck podSecurity;
  private final RuleMatcher matcher = new RuleMatcher();

  /** An evaluator for a validate check this class does not implement itself (podSecurity). */
  @FunctionalInterface
  public interface RuleCheck {
    RuleResponse check(Rule rule, Validation validation, ResourceRequest request);
  }

  public ValidationHandler(ContextProvider provider) {
    this.provider = provider;
    this.loader = new ContextLoader(provider);
    this.conditions = new ConditionChecker();
    this.podSecurity = new PodSecurityCheck();
  }

  /**
   * The PolicyExceptions that exempt the rule being evaluated, looked up once its context is
   * loaded and its preconditions hold (exception conditions read that context), as Kyverno's
   * engine does before it hands the rule to its handler.
   */
  @FunctionalInterface
  public interface Exemptions {
    List<PolicyException> matching(JsonContext ruleContext);

    Exemptions NONE = context -> List.of();
  }

  public Optional<RuleResponse> validate(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonContext base) {
    return validate(policy, rule, request, base, Exemptions.NONE);
  }

  /**
   * As above, with PolicyExceptions: a rule they exempt is skipped, naming them; for a
   * podSecurity rule whose exceptions all carry {@code podSecurity} entries, those entries are
   * exclusions and the rule is skipped only when they clear every violation.
   */
  public Optional<RuleResponse> validate(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonContext base,
      Exemptions exemptions) {
    Validation validation = rule.validation();
    JsonContext context = base.child();
    JsonNode values = provider.values(policy, rule.name(), request.subject());
    if (values != null) {
      context.putAll(values);
    }
    try {
      loader.loadLeniently(rule.context(), context);
    } catch (ContextException e) {
      return error(rule, KyvernoMessages.ruleError("failed to load context", e.getMessage()));
    } catch (RuntimeException e) {
      return error(rule, KyvernoMessages.ruleError("failed to load context", String.valueOf(e.getMessage())));
    }
    if (rule.preconditions() != null) {
      ConditionChecker.Outcome outcome;
      try {
        outcome = conditions.check(rule.preconditions(), context);
      } catch (RuntimeException e) {
        return error(rule, KyvernoMessages.ruleError("failed to evaluate preconditions", e.getMessage()));
      }
      if (!outcome.holds()) {
        return Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP,
            KyvernoMessages.preconditionsNotMet(outcome.message())));
      }
    }
    if (validation.kind() == Validation.Kind.POD_SECURITY && request.operation() == Operation.DELETE) {
      return Optional.empty();
    }
    List<PolicyException> exempting = exemptions.matching(context);
    if (!exempting.isEmpty()) {
      Optional<PolicyException> plain = exempting.stream().filter(e -> !e.hasPodSecurity()).findFirst();
      if (validation.kind() != Validation.Kind.POD_SECURITY) {
        return Optional.of(exempted(rule, "rule is skipped due to policy exception ", exempting));
      }
      if (plain.isPresent()) {
        // Kyverno's podSecurity handler names only the first exception without podSecurity entries.
        return Optional.of(exempted(rule, "rule is skipped due to policy exception ", List.of(plain.get())));
      }
    }
    Optional<RuleResponse> response = check(policy, rule, request, context, exempting);
    return allowingExistingViolations(policy, rule, request, context, exempting, response);
  }

  /** The rule's own check, once its context is loaded and its preconditions hold. */
  private Optional<RuleResponse> check(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonContext context,
      List<PolicyException> exempting) {
    Validation validation = rule.validation();
    return switch (validation.kind()) {
      case DENY -> Optional.of(deny(rule, validation.message(), validation.deny(), context));
      case PATTERN, ANY_PATTERN -> request.operation() == Operation.DELETE
          ? Optional.empty()
          : Optional.of(patterns(rule, validation.message(), validation.pattern(), validation.anyPattern(),
              request.resource(), context));
      case FOREACH -> Optional.ofNullable(foreach(policy, rule, validation.foreach(), request, context, 0));
      case POD_SECURITY -> Optional.of(podSecurity.check(rule, validation, request, exempting));
      case CEL -> error(rule, "validate.cel is not supported by this version of Bulwark");
      case MANIFESTS -> error(rule, "validate.manifests (signed YAML) needs a registry and is not supported");
      case NONE -> Optional.empty();
    };
  }

  /**
   * Kyverno's allowExistingViolations (validateOldObject in validate_resource.go and
   * validate_pss.go): an Enforce rule that fails an UPDATE is checked again on the old object, as
   * if it were being created, in the same rule context; when the old object fails too, the
   * violation predates the request and the rule is skipped. The rule's own failureAction counts,
   * else the policy's validationFailureAction (overrides do not).
   */
  private Optional<RuleResponse> allowingExistingViolations(KyvernoPolicy policy, Rule rule, ResourceRequest request,
      JsonContext context, List<PolicyException> exempting, Optional<RuleResponse> response) {
    Validation validation = rule.validation();
    FailureAction action = validation.failureAction() != null ? validation.failureAction()
        : policy.spec().validationFailureAction();
    if (response.isEmpty() || response.get().status() != RuleStatus.FAIL || request.operation() != Operation.UPDATE
        || !validation.allowExistingViolations() || action != FailureAction.ENFORCE || request.oldResource().isNull()) {
      return response;
    }
    var created = new ResourceRequest(request.oldResource(), null, Operation.CREATE, request.requestInfo(),
        request.namespaceLabels(), request.kind(), request.subresource());
    if (!matcher.match(policy, rule, created).matched()) {
      return response;
    }
    JsonContext old = context.child();
    old.put("request.object", request.oldResource());
    old.put("request.oldObject", NullNode.getInstance());
    old.put("request.operation", StringNode.valueOf(Operation.CREATE.name()));
    if (validation.kind() != Validation.Kind.POD_SECURITY && rule.preconditions() != null) {
      try {
        if (!conditions.check(rule.preconditions(), old).holds()) {
          return response;
        }
      } catch (RuntimeException e) {
        return response;
      }
    }
    Optional<RuleResponse> prior = check(policy, rule, created, old, exempting);
    if (prior.isPresent() && prior.get().status() == RuleStatus.FAIL) {
      return Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP,
          "skipping the rule evaluation as pre-existing violations are allowed"));
    }
    return response;
  }

  private RuleResponse deny(Rule rule, String message, JsonNode deny, JsonContext context) {
    ConditionChecker.Outcome outcome;
    try {
      outcome = conditions.check(deny.path("conditions").isMissingNode() ? null : deny.get("conditions"), context);
    } catch (RuntimeException e) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.ruleError("failed to check deny conditions", e.getMessage()));
    }
    if (!outcome.holds()) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, KyvernoMessages.validationPassed(rule.name()));
    }
    return RuleResponse.of(rule.name(), TYPE, RuleStatus.FAIL, denyMessage(rule, message, outcome.message(), context));
  }

  /**
   * Kyverno's getDenyMessage: the rule's message and the messages of the conditions that held,
   * joined and then substituted as one string. When that fails, only the condition messages are
   * kept, as written.
   */
  private static String denyMessage(Rule rule, String message, String conditionMessages, JsonContext context) {
    String own = message == null ? "" : message;
    if (own.isEmpty() && conditionMessages.isEmpty()) {
      return KyvernoMessages.denyFailedDefault(rule.name());
    }
    String joined = own.isEmpty() ? conditionMessages
        : conditionMessages.isEmpty() ? own : own + "; " + conditionMessages;
    try {
      JsonNode substituted = Variables.substitute(joined, context, "");
      return substituted.isString() ? substituted.stringValue()
          : "the produced message didn't resolve to a string, check your policy definition.";
    } catch (SubstitutionException e) {
      return conditionMessages;
    }
  }

  private RuleResponse patterns(Rule rule, String message, JsonNode pattern, List<JsonNode> anyPattern,
      JsonNode resource, JsonContext context) {
    JsonNode substitutedPattern = pattern;
    List<JsonNode> substitutedAny = anyPattern;
    try {
      if (pattern != null) {
        substitutedPattern = Variables.substituteAll(pattern, context);
      } else {
        substitutedAny = new ArrayList<>();
        for (JsonNode p : anyPattern) {
          substitutedAny.add(Variables.substituteAll(p, context));
        }
      }
    } catch (RuntimeException e) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.ruleError("variable substitution failed", e.getMessage()));
    }
    if (substitutedPattern != null) {
      return pattern(rule, message, matcher(substitutedPattern == pattern).apply(resource, substitutedPattern),
          context);
    }
    List<MatchOutcome> outcomes = new ArrayList<>(substitutedAny.size());
    for (int i = 0; i < substitutedAny.size(); i++) {
      JsonNode substituted = substitutedAny.get(i);
      outcomes.add(matcher(substituted == anyPattern.get(i)).apply(resource, substituted));
      if (outcomes.get(i) instanceof MatchOutcome.Matched) {
        break;
      }
    }
    return anyPattern(rule, message, outcomes);
  }

  /**
   * The policy's own pattern (no variable in it) is matched with what PatternMatcher remembers of
   * it; a pattern made by substitution for this evaluation only, afresh.
   */
  private static BiFunction<JsonNode, JsonNode, MatchOutcome> matcher(boolean policyPattern) {
    return policyPattern ? PatternMatcher::matchPolicyPattern : PatternMatcher::match;
  }

  private RuleResponse pattern(Rule rule, String message, MatchOutcome outcome, JsonContext context) {
    return switch (outcome) {
      case MatchOutcome.Matched m ->
          RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, KyvernoMessages.validationPassed(rule.name()));
      case MatchOutcome.Skip s -> RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP, s.reason());
      case MatchOutcome.Mismatch m when m.at().isPresent() -> new RuleResponse(rule.name(), TYPE,
          errorMessage(rule, message, context, m), RuleStatus.FAIL, m.at(), Map.of());
      case MatchOutcome.Mismatch m ->
          RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR, errorMessage(rule, message, context, m));
    };
  }

  /**
   * Kyverno's buildErrorMessage for a pattern that did not match: the rule's message (substituted)
   * with the failure path, or with the pattern error when there is no path. When the message
   * cannot be substituted, the pattern error is reported instead.
   */
  private static String errorMessage(Rule rule, String message, JsonContext context, MatchOutcome.Mismatch mismatch) {
    String own = message;
    if (own != null && !own.isEmpty() && Variables.containsVariable(own)) {
      try {
        JsonNode substituted = Variables.substitute(own, context, "");
        own = substituted.isString() ? substituted.stringValue() : Variables.text(substituted);
      } catch (SubstitutionException e) {
        return "validation error: variables substitution error in rule " + rule.name() + " execution error: "
            + mismatch.reason();
      }
    }
    return mismatch.at().isPresent()
        ? KyvernoMessages.patternFailed(own, rule.name(), mismatch.at().get())
        : KyvernoMessages.patternExecutionError(own, rule.name(), mismatch.reason());
  }

  /** The outcomes of the anyPattern entries, in order, up to the first that matched. */
  private static RuleResponse anyPattern(Rule rule, String message, List<MatchOutcome> outcomes) {
    List<String> failures = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      switch (outcomes.get(i)) {
        case MatchOutcome.Matched m -> {
          return RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, KyvernoMessages.anyPatternPassed(rule.name(), i));
        }
        case MatchOutcome.Skip s -> skips.add(KyvernoMessages.anyPatternEntrySkipped(rule.name(), i, s.reason()));
        case MatchOutcome.Mismatch m when m.at().isPresent() ->
            failures.add(KyvernoMessages.anyPatternEntryFailed(rule.name(), i, m.at().get()));
        case MatchOutcome.Mismatch m -> failures.add(KyvernoMessages.anyPatternEntryError(rule.name(), i, m.reason()));
      }
    }
    if (!failures.isEmpty()) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.FAIL, KyvernoMessages.anyPatternFailed(message, failures));
    }
    if (!skips.isEmpty()) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP, String.join(" ", skips));
    }
    return RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, message == null ? "" : message);
  }

  /**
   * validate.foreach: every declared list, each non-null element in turn (with {@code element},
   * {@code elementIndex} and their nesting-numbered twins in the context). The first element that
   * fails decides the rule; an element that errors decides it only when it is the last one. A
   * list expression that cannot be evaluated is passed over, as Kyverno does. Returns null (no
   * response) when no element applied: every list failed, was empty, or its elements were all
   * skipped.
   */
  private RuleResponse foreach(KyvernoPolicy policy, Rule rule, List<JsonNode> declarations, ResourceRequest request,
      JsonContext context, int nesting) {
    int applied = 0;
    for (JsonNode declaration : declarations) {
      List<JsonNode> elements;
      try {
        JsonNode list = context.query(declaration.path("list").asString(""));
        elements = new ArrayList<>();
        if (list.isArray()) {
          list.forEach(elements::add);
        } else {
          elements.add(list);
        }
      } catch (RuntimeException e) {
        continue;
      }
      ElementResult result = elements(policy, rule, declaration, elements, request, context, nesting);
      if (result.failure() != null) {
        return result.failure();
      }
      applied += result.applied();
    }
    if (applied == 0) {
      // Kyverno 1.12 and later (kyverno#9534) give no response at all, where older versions
      // reported skip "rule skipped".
      return null;
    }
    return RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, "rule passed");
  }

  private record ElementResult(RuleResponse failure, int applied) {}

  private ElementResult elements(KyvernoPolicy policy, Rule rule, JsonNode declaration, List<JsonNode> elements,
      ResourceRequest request, JsonContext context, int nesting) {
    int applied = 0;
    for (int index = 0; index < elements.size(); index++) {
      JsonNode element = elements.get(index);
      if (element == null || element.isNull()) {
        continue;
      }
      JsonContext elementContext = context.forElement(element, index, nesting)
          .putAll(nesting == 0 ? provider.foreachValues(policy, rule.name(), index) : null);
      // Patterns check the element when it is in scope, else the resource; on DELETE there is no
      // resource to check (null), and Kyverno gives the element no response.
      JsonNode scope = request.operation() == Operation.DELETE ? null : request.resource();
      boolean scoped = element.isObject();
      JsonNode elementScope = declaration.get("elementScope");
      if (elementScope != null && elementScope.isBoolean()) {
        if (elementScope.booleanValue() && !element.isObject()) {
          return new ElementResult(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
              KyvernoMessages.ruleError("failed to process foreach", "cannot use elementScope=true foreach rules"
                  + " for elements that are not maps, expected type=map got type=" + goType(element))), applied);
        }
        scoped = elementScope.booleanValue();
      }
      if (scoped) {
        scope = element;
      }
      RuleResponse response = element(policy, rule, declaration, request, elementContext, scope, nesting);
      if (response == null || response.status() == RuleStatus.SKIP) {
        continue;
      }
      if (response.status() != RuleStatus.PASS) {
        if (response.status() == RuleStatus.ERROR && index < elements.size() - 1) {
          continue;
        }
        return new ElementResult(RuleResponse.of(rule.name(), TYPE, response.status(),
            "validation failure: " + response.message()), applied);
      }
      applied++;
    }
    return new ElementResult(null, applied);
  }

  private RuleResponse element(KyvernoPolicy policy, Rule rule, JsonNode declaration, ResourceRequest request,
      JsonContext context, JsonNode scope, int nesting) {
    List<JsonNode> entries = new ArrayList<>();
    declaration.path("context").forEach(entries::add);
    try {
      loader.loadLeniently(entries, context);
    } catch (RuntimeException e) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.ruleError("failed to load context", e.getMessage()));
    }
    JsonNode preconditions = declaration.get("preconditions");
    if (preconditions != null && !preconditions.isNull()) {
      try {
        ConditionChecker.Outcome outcome = conditions.check(preconditions, context);
        if (!outcome.holds()) {
          return RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP, "preconditions not met");
        }
      } catch (RuntimeException e) {
        return RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
            KyvernoMessages.ruleError("failed to evaluate preconditions", e.getMessage()));
      }
    }
    String message = rule.validation().message();
    if (declaration.has("deny")) {
      return deny(rule, message, declaration.get("deny"), context);
    }
    if (declaration.has("pattern") || declaration.has("anyPattern")) {
      List<JsonNode> anyPattern = new ArrayList<>();
      declaration.path("anyPattern").forEach(anyPattern::add);
      return scope == null ? null : patterns(rule, message, declaration.get("pattern"), anyPattern, scope, context);
    }
    if (declaration.has("foreach")) {
      List<JsonNode> nested = new ArrayList<>();
      declaration.get("foreach").forEach(nested::add);
      return foreach(policy, rule, nested, request, context, nesting + 1);
    }
    return null;
  }

  /** A rule exempted by exceptions: skip, naming them, with their names as a report property. */
  static RuleResponse exempted(Rule rule, String prefix, List<PolicyException> exempting) {
    String keys = exempting.stream().map(PolicyException::key).collect(Collectors.joining(", "));
    String names = exempting.stream().map(PolicyException::name).collect(Collectors.joining(","));
    return new RuleResponse(rule.name(), TYPE, prefix + keys, RuleStatus.SKIP, Optional.empty(),
        Map.of("exceptions", names));
  }

  private static Optional<RuleResponse> error(Rule rule, String message) {
    return Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR, message));
  }

  private static String goType(JsonNode node) {
    if (node.isString()) return "string";
    if (node.isBoolean()) return "bool";
    if (node.isNumber()) return "float64";
    if (node.isArray()) return "[]interface {}";
    return "map[string]interface {}";
  }
}
