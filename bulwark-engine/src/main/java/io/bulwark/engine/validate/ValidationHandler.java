package io.bulwark.engine.validate;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.Validation;
import io.bulwark.engine.context.ContextException;
import io.bulwark.engine.context.ContextLoader;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/**
 * Runs one matched validate rule the way Kyverno orders it: load the rule's context entries,
 * check preconditions, then deny conditions, pattern/anyPattern (variables substituted first) or
 * foreach. podSecurity and cel are handed to their own evaluators when present. Returns empty
 * where Kyverno gives no response (patterns on DELETE). Never throws for a rule: every failure
 * is an {@code error} response that says what failed. Thread-safe.
 */
public final class ValidationHandler {

  static final String TYPE = "Validation";

  private final ContextProvider provider;
  private final ContextLoader loader;
  private final ConditionChecker conditions;
  private final PodSecurityCheck podSecurity;

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

  public Optional<RuleResponse> validate(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonContext base) {
    return validate(policy, rule, request, base, List.of());
  }

  /**
   * As above, for a podSecurity rule whose PolicyExceptions exempt controls: their {@code
   * podSecurity} entries are added to the rule's exclusions.
   */
  public Optional<RuleResponse> validate(KyvernoPolicy policy, Rule rule, ResourceRequest request, JsonContext base,
      List<io.bulwark.api.policy.PolicyException> podSecurityExceptions) {
    Validation validation = rule.validation();
    JsonContext context = base.child();
    JsonNode values = provider.values(policy, rule.name(), request.subject());
    if (values != null) {
      context.putAll(values);
    }
    try {
      loader.load(rule.context(), context);
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
    return switch (validation.kind()) {
      case DENY -> Optional.of(deny(rule, validation.message(), validation.deny(), context));
      case PATTERN, ANY_PATTERN -> request.operation() == Operation.DELETE
          ? Optional.empty()
          : Optional.of(patterns(rule, validation.message(), validation.pattern(), validation.anyPattern(),
              request.resource(), context));
      case FOREACH -> Optional.ofNullable(foreach(policy, rule, validation.foreach(), request, context, 0));
      case POD_SECURITY -> request.operation() == Operation.DELETE
          ? Optional.empty()
          : Optional.of(((PodSecurityCheck) podSecurity).check(rule, validation, request, podSecurityExceptions));
      case CEL -> error(rule, "validate.cel is not supported by this version of Bulwark");
      case MANIFESTS -> error(rule, "validate.manifests (signed YAML) needs a registry and is not supported");
      case NONE -> Optional.empty();
    };
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
    String text = message == null || message.isEmpty()
        ? KyvernoMessages.denyFailedDefault(rule.name())
        : substituteMessage(message, context);
    if (!outcome.message().isEmpty()) {
      text = text + "; " + outcome.message();
    }
    return RuleResponse.of(rule.name(), TYPE, RuleStatus.FAIL, text);
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
          failureMessage(rule, message, context, m.at().get()), RuleStatus.FAIL, m.at(), Map.of());
      case MatchOutcome.Mismatch m -> RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.patternExecutionError(substituteMessage(message, context), rule.name(), m.reason()));
    };
  }

  private static String failureMessage(Rule rule, String message, JsonContext context,
      io.bulwark.api.problem.FieldPath at) {
    if (message == null || message.isEmpty() || !Variables.containsVariable(message)) {
      return KyvernoMessages.patternFailed(message, rule.name(), at);
    }
    try {
      JsonNode substituted = Variables.substitute(message, context, "");
      return KyvernoMessages.patternFailed(substituted.isString() ? substituted.stringValue() : substituted.toString(),
          rule.name(), at);
    } catch (SubstitutionException e) {
      return "validation error: variables substitution error in rule " + rule.name() + " execution error: "
          + e.getMessage();
    }
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
   * list expression that cannot be evaluated is passed over, as Kyverno does. No element applied
   * means skip. Returns null when there is no foreach at all.
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
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP, "rule skipped");
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
      JsonContext elementContext = context.child();
      elementContext.put("element", element);
      elementContext.put("elementIndex", IntNode.valueOf(index));
      elementContext.put("element" + nesting, element);
      elementContext.put("elementIndex" + nesting, IntNode.valueOf(index));
      JsonNode foreachValues = nesting == 0 ? provider.foreachValues(policy, rule.name(), index) : null;
      if (foreachValues != null) {
        elementContext.putAll(foreachValues);
      }
      JsonNode scope = request.resource();
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
      loader.load(entries, context);
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
      return patterns(rule, message, declaration.get("pattern"), anyPattern, scope, context);
    }
    if (declaration.has("foreach")) {
      List<JsonNode> nested = new ArrayList<>();
      declaration.get("foreach").forEach(nested::add);
      return foreach(policy, rule, nested, request, context, nesting + 1);
    }
    return null;
  }

  private static String substituteMessage(String message, JsonContext context) {
    if (message == null || !Variables.containsVariable(message)) {
      return message;
    }
    try {
      JsonNode substituted = Variables.substitute(message, context, "");
      return substituted.isString() ? substituted.stringValue()
          : "the produced message didn't resolve to a string, check your policy definition.";
    } catch (SubstitutionException e) {
      return message;
    }
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
