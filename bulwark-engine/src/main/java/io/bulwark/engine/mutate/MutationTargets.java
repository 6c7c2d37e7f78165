package io.bulwark.engine.mutate;

import io.bulwark.api.load.PolicyParser;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.LabelSelector;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.context.ResourceQuery;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves the {@code mutate.targets} of a mutate-existing rule into existing objects, as Kyverno's
 * loadTargets does: each entry's selector part ({@code apiVersion}, {@code kind}, {@code
 * namespace}, {@code name}, {@code uid}, {@code selector}) is substituted in the trigger's context,
 * then the objects are asked of the {@link ContextProvider}. A namespaced Policy only reaches its
 * own namespace. Like Kyverno, {@code uid} is substituted but does not narrow the lookup. An entry
 * that cannot be resolved is an error, and the others are still loaded. Thread-safe.
 */
final class MutationTargets {

  private static final List<String> SELECTOR_FIELDS = List.of("apiVersion", "kind", "namespace", "name", "uid",
      "selector");

  /** One object to mutate, with the context entries and preconditions of the entry that found it. */
  record Target(JsonNode object, List<JsonNode> context, JsonNode preconditions) {}

  /** The objects found, in entry order, and the errors of the entries that could not be loaded. */
  record Loaded(List<Target> targets, List<String> errors) {}

  private final ContextProvider provider;

  MutationTargets(ContextProvider provider) {
    this.provider = provider;
  }

  Loaded load(KyvernoPolicy policy, JsonNode entries, JsonContext context) {
    List<Target> targets = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : entries) {
      ResourceQuery query;
      try {
        query = query(policy, entry, context, index);
      } catch (RuntimeException e) {
        errors.add("failed to substitute variables in target[" + index + "]: " + e.getMessage());
        index++;
        continue;
      }
      // The provider is asked to filter; filtering again keeps a lax one from widening the rule.
      List<JsonNode> found = provider.resources(query).stream().filter(query::matches).toList();
      if (found.isEmpty() && query.isDirect()) {
        // Kyverno fetches a fully named target directly, and the API server answers NotFound.
        errors.add(notFound(query));
      }
      List<JsonNode> contextEntries = new ArrayList<>();
      entry.path("context").forEach(contextEntries::add);
      for (JsonNode object : found) {
        targets.add(new Target(object, contextEntries, entry.get("preconditions")));
      }
      index++;
    }
    return new Loaded(targets, errors);
  }

  private static ResourceQuery query(KyvernoPolicy policy, JsonNode entry, JsonContext context, int index) {
    ObjectNode selectorPart = JsonNodeFactory.instance.objectNode();
    for (String field : SELECTOR_FIELDS) {
      if (entry.has(field)) {
        selectorPart.set(field, entry.get(field));
      }
    }
    JsonNode substituted = Variables.substituteAll(selectorPart, context);
    String namespace = text(substituted, "namespace");
    if (policy.isNamespaced() && policy.namespace() != null) {
      namespace = policy.namespace();
    }
    LabelSelector selector = null;
    JsonNode selectorNode = substituted.get("selector");
    if (selectorNode != null && !selectorNode.isNull()) {
      ProblemSink sink = ProblemSink.withoutPositions("");
      selector = PolicyParser.parseSelector(selectorNode,
          FieldPath.of("mutate", "targets").index(index).child("selector"), sink);
      if (sink.hasErrors()) {
        throw new IllegalArgumentException(sink.problems().stream().map(Problem::message)
            .collect(Collectors.joining("; ")));
      }
    }
    return new ResourceQuery(text(substituted, "apiVersion"), text(substituted, "kind"), namespace,
        text(substituted, "name"), selector);
  }

  private static String text(JsonNode target, String field) {
    JsonNode value = target.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isString()) {
      throw new IllegalArgumentException(field + " must be a string, got " + Variables.text(value));
    }
    return value.stringValue();
  }

  /**
   * The API server's NotFound text, {@code RESOURCE[.GROUP] "NAME" not found}, with the resource
   * name guessed from the kind as Kubernetes' UnsafeGuessKindToResource does.
   */
  static String notFound(ResourceQuery query) {
    String singular = query.kind().toLowerCase(Locale.ROOT);
    String plural;
    if (singular.endsWith("s")) {
      plural = singular + "es";
    } else if (singular.endsWith("y")) {
      plural = singular.substring(0, singular.length() - 1) + "ies";
    } else {
      plural = singular + "s";
    }
    int slash = query.apiVersion().indexOf('/');
    String group = slash < 0 ? "" : query.apiVersion().substring(0, slash);
    return (group.isEmpty() ? plural : plural + "." + group) + " \"" + query.name() + "\" not found";
  }
}
