package io.bulwark.engine.match;

import io.bulwark.api.policy.LabelSelector;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a Kubernetes LabelSelector against a label set the way Kyverno does ({@code
 * CheckSelector}): first, {@code matchLabels} entries containing {@code *} or {@code ?} are
 * expanded against the actual labels (an entry becomes the first label whose key and value match
 * its patterns; with no such label its wildcards become {@code 0}, so {@code "*": "*"} does not
 * match an empty label set); then the selector is validated and applied with Kubernetes semantics
 * (all requirements must hold; an empty selector matches everything). {@code matchExpressions} are
 * taken literally. Stateless and thread-safe.
 *
 * <pre>{@code
 * var outcome = LabelSelectorMatcher.match(selector, Map.of("app", "web"));
 * if (outcome instanceof LabelSelectorMatcher.Outcome.Invalid invalid) { ... invalid.error() ... }
 * }</pre>
 */
public final class LabelSelectorMatcher {

  /** Matched, not matched, or a selector Kubernetes would reject (with its error text). */
  public sealed interface Outcome {
    boolean matches();

    record Matched() implements Outcome {
      @Override
      public boolean matches() {
        return true;
      }
    }

    record NotMatched() implements Outcome {
      @Override
      public boolean matches() {
        return false;
      }
    }

    /** A malformed selector; {@code error} is the Kubernetes message. Never matches. */
    record Invalid(String error) implements Outcome {
      @Override
      public boolean matches() {
        return false;
      }
    }
  }

  private LabelSelectorMatcher() {}

  public static Outcome match(LabelSelector selector, Map<String, String> labels) {
    Map<String, String> matchLabels = expandWildcards(selector.matchLabels(), labels);
    if (matchLabels.isEmpty() && selector.matchExpressions().isEmpty()) {
      return new Outcome.Matched();
    }
    for (var entry : matchLabels.entrySet()) {
      Optional<String> error = LabelSyntax.requirementError(entry.getKey(), "Equals", List.of(entry.getValue()));
      if (error.isPresent()) {
        return new Outcome.Invalid(error.get());
      }
    }
    for (LabelSelector.Requirement requirement : selector.matchExpressions()) {
      if (!List.of("In", "NotIn", "Exists", "DoesNotExist").contains(requirement.operator())) {
        return new Outcome.Invalid(LabelSyntax.goQuote(requirement.operator())
            + " is not a valid label selector operator");
      }
      Optional<String> error = LabelSyntax.requirementError(
          requirement.key(), requirement.operator(), requirement.values());
      if (error.isPresent()) {
        return new Outcome.Invalid(error.get());
      }
    }
    for (var entry : matchLabels.entrySet()) {
      if (!entry.getValue().equals(labels.get(entry.getKey()))) {
        return new Outcome.NotMatched();
      }
    }
    for (LabelSelector.Requirement requirement : selector.matchExpressions()) {
      if (!holds(requirement, labels)) {
        return new Outcome.NotMatched();
      }
    }
    return new Outcome.Matched();
  }

  private static boolean holds(LabelSelector.Requirement requirement, Map<String, String> labels) {
    String actual = labels.get(requirement.key());
    return switch (requirement.operator()) {
      case "In" -> actual != null && requirement.values().contains(actual);
      case "NotIn" -> actual == null || !requirement.values().contains(actual);
      case "Exists" -> actual != null;
      default -> actual == null;
    };
  }

  private static Map<String, String> expandWildcards(Map<String, String> patterns, Map<String, String> labels) {
    Map<String, String> expanded = new LinkedHashMap<>();
    for (var pattern : patterns.entrySet()) {
      String key = pattern.getKey();
      String value = pattern.getValue();
      if (!Wildcard.containsWildcard(key) && !Wildcard.containsWildcard(value)) {
        expanded.put(key, value);
        continue;
      }
      Map.Entry<String, String> found = firstMatching(key, value, labels);
      if (found != null) {
        expanded.put(found.getKey(), found.getValue());
      } else {
        // Kubernetes rejects * and ? in labels, so Kyverno swaps them for a harmless character.
        expanded.put(zeroWildcards(key), zeroWildcards(value));
      }
    }
    return expanded;
  }

  private static Map.Entry<String, String> firstMatching(String key, String value, Map<String, String> labels) {
    for (var label : labels.entrySet()) {
      if (Wildcard.match(key, label.getKey()) && Wildcard.match(value, label.getValue())) {
        return label;
      }
    }
    return null;
  }

  private static String zeroWildcards(String text) {
    return text.replace('*', '0').replace('?', '0');
  }
}
