package io.bulwark.engine.validate;

import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.Validation;
import io.bulwark.engine.pattern.MatchOutcome;
import io.bulwark.engine.pattern.PatternMatcher;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Runs the check of one matched validate rule against a resource: pattern or anyPattern today;
 * deny, foreach, podSecurity and cel answer with an {@code error} that names the missing feature
 * rather than a wrong pass. Returns empty where Kyverno gives no response (patterns on DELETE).
 * Stateless and thread-safe.
 */
public final class ValidationHandler {

  private static final String TYPE = "Validation";

  /** Evaluates {@code rule}, which must be a validate rule that matched {@code request}. */
  public Optional<RuleResponse> validate(Rule rule, ResourceRequest request) {
    Validation validation = rule.validation();
    Optional<String> unsupported = unsupportedFeature(rule);
    if (unsupported.isPresent()) {
      return Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR, unsupported.get()));
    }
    return switch (validation.kind()) {
      case PATTERN -> request.operation() == Operation.DELETE
          ? Optional.empty()
          : Optional.of(pattern(rule, validation, request.resource()));
      case ANY_PATTERN -> request.operation() == Operation.DELETE
          ? Optional.empty()
          : Optional.of(anyPattern(rule, validation, request.resource()));
      default -> Optional.of(RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          "validate." + fieldName(validation.kind()) + " is not supported by this version of Bulwark"));
    };
  }

  private static RuleResponse pattern(Rule rule, Validation validation, JsonNode resource) {
    MatchOutcome outcome = PatternMatcher.match(resource, validation.pattern());
    return switch (outcome) {
      case MatchOutcome.Matched m ->
          RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, KyvernoMessages.validationPassed(rule.name()));
      case MatchOutcome.Skip s -> RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP, s.reason());
      case MatchOutcome.Mismatch m when m.at().isPresent() -> new RuleResponse(rule.name(), TYPE,
          KyvernoMessages.patternFailed(validation.message(), rule.name(), m.at().get()), RuleStatus.FAIL,
          m.at(), Map.of());
      case MatchOutcome.Mismatch m -> RuleResponse.of(rule.name(), TYPE, RuleStatus.ERROR,
          KyvernoMessages.patternExecutionError(validation.message(), rule.name(), m.reason()));
    };
  }

  private static RuleResponse anyPattern(Rule rule, Validation validation, JsonNode resource) {
    List<String> failures = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    List<JsonNode> patterns = validation.anyPattern();
    for (int i = 0; i < patterns.size(); i++) {
      MatchOutcome outcome = PatternMatcher.match(resource, patterns.get(i));
      switch (outcome) {
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
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.FAIL,
          KyvernoMessages.anyPatternFailed(validation.message(), failures));
    }
    if (!skips.isEmpty()) {
      return RuleResponse.of(rule.name(), TYPE, RuleStatus.SKIP, String.join(" ", skips));
    }
    return RuleResponse.of(rule.name(), TYPE, RuleStatus.PASS, validation.message() == null ? "" : validation.message());
  }

  /**
   * Features of classic validation that come with later work: a rule using one gets an honest
   * {@code error} naming it, never a guessed pass or fail.
   */
  static Optional<String> unsupportedFeature(Rule rule) {
    if (!rule.context().isEmpty()) {
      return Optional.of("context entries are not supported by this version of Bulwark");
    }
    if (rule.preconditions() != null) {
      return Optional.of("preconditions are not supported by this version of Bulwark");
    }
    Validation validation = rule.validation();
    if (containsVariable(validation.pattern()) || validation.anyPattern().stream().anyMatch(ValidationHandler::containsVariable)
        || (validation.message() != null && validation.message().contains("{{"))) {
      return Optional.of("variables ({{ }}) are not supported by this version of Bulwark");
    }
    return Optional.empty();
  }

  private static boolean containsVariable(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isString()) {
      String s = node.stringValue();
      return s.contains("{{") || s.contains("$(");
    }
    if (node.isObject()) {
      for (var entry : node.properties()) {
        if (entry.getKey().contains("{{") || containsVariable(entry.getValue())) {
          return true;
        }
      }
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (containsVariable(item)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String fieldName(Validation.Kind kind) {
    return switch (kind) {
      case DENY -> "deny";
      case FOREACH -> "foreach";
      case POD_SECURITY -> "podSecurity";
      case CEL -> "cel";
      case MANIFESTS -> "manifests";
      case PATTERN -> "pattern";
      case ANY_PATTERN -> "anyPattern";
      case NONE -> "(none)";
    };
  }
}
