package io.bulwark.engine;

import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.FailureActionOverride;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.Validation;
import io.bulwark.engine.match.LabelSelectorMatcher;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action a failing validate rule takes for a resource, in Kyverno's order of precedence: the
 * rule's failureActionOverrides (first that matches), the rule's failureAction, the policy's
 * validationFailureActionOverrides, then the policy's validationFailureAction (default Audit).
 */
public final class FailureActions {

  private FailureActions() {}

  public static FailureAction effective(KyvernoPolicy policy, String ruleName, String namespace,
      Map<String, String> namespaceLabels) {
    Optional<Validation> validation = policy.spec().rules().stream()
        .filter(r -> r.name().equals(baseRuleName(ruleName)) || r.name().equals(ruleName))
        .findFirst()
        .filter(Rule::isValidate)
        .map(Rule::validation);
    if (validation.isPresent()) {
      Optional<FailureAction> override = firstOverride(validation.get().failureActionOverrides(), namespace, namespaceLabels);
      if (override.isPresent()) {
        return override.get();
      }
      if (validation.get().failureAction() != null) {
        return validation.get().failureAction();
      }
    }
    return firstOverride(policy.spec().validationFailureActionOverrides(), namespace, namespaceLabels)
        .orElse(policy.spec().validationFailureAction());
  }

  /** {@code autogen-x} and {@code autogen-cronjob-x} take the action of rule {@code x}. */
  static String baseRuleName(String ruleName) {
    if (ruleName.startsWith("autogen-cronjob-")) {
      return ruleName.substring("autogen-cronjob-".length());
    }
    if (ruleName.startsWith("autogen-")) {
      return ruleName.substring("autogen-".length());
    }
    return ruleName;
  }

  private static Optional<FailureAction> firstOverride(List<FailureActionOverride> overrides, String namespace,
      Map<String, String> namespaceLabels) {
    for (FailureActionOverride override : overrides) {
      boolean namespaceMatches = override.namespaces().isEmpty()
          || override.namespaces().stream().anyMatch(pattern -> Wildcard.match(pattern, namespace));
      boolean selectorMatches = override.namespaceSelector() == null
          || LabelSelectorMatcher.match(override.namespaceSelector(), namespaceLabels).matches();
      if (namespaceMatches && selectorMatches) {
        return Optional.of(override.action());
      }
    }
    return Optional.empty();
  }
}
