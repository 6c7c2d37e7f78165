package io.bulwark.engine.generate;

import io.bulwark.api.load.PolicyParser;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.LabelSelector;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.resource.ResourceScopes;
import io.bulwark.engine.context.ContextLoader;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.context.ResourceQuery;
import io.bulwark.engine.pattern.MatchOutcome;
import io.bulwark.engine.pattern.PatternMatcher;
import io.bulwark.engine.validate.ConditionChecker;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one passing generate rule into downstream decisions, as Kyverno's background controller
 * does ({@code generator.generate} and {@code manageData}/{@code manageClone}/{@code
 * manageCloneList}): load the pattern's context, check its preconditions, substitute variables in
 * the target and its content, then compare with what the provider says already exists. A data or
 * clone target that does not exist is created; one that exists is updated only when the rule
 * synchronizes and the content differs. One instance per rule evaluation; not thread-safe.
 */
final class Generator {

  /** The fields of a pattern that are substituted per trigger (not foreach's list, context, preconditions). */
  private static final List<String> PATTERN_FIELDS = List.of("apiVersion", "kind", "name", "namespace", "uid",
      "data", "clone", "cloneList");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final KyvernoPolicy policy;
  private final String rule;
  private final boolean synchronize;
  private final JsonNode trigger;
  private final ContextProvider provider;
  private final ContextLoader loader;
  private final ConditionChecker conditions = new ConditionChecker();
  private final List<Downstream> downstream = new ArrayList<>();
  private final List<GenerationOutcome.Failure> failures = new ArrayList<>();

  Generator(KyvernoPolicy policy, String rule, boolean synchronize, JsonNode trigger, ContextProvider provider) {
    this.policy = policy;
    this.rule = rule;
    this.synchronize = synchronize;
    this.trigger = trigger;
    this.provider = provider;
    this.loader = new ContextLoader(provider);
  }

  List<Downstream> downstream() {
    return List.copyOf(downstream);
  }

  List<GenerationOutcome.Failure> failures() {
    return List.copyOf(failures);
  }

  /** The rule's own pattern (its context and preconditions already hold in {@code context}). */
  void generate(JsonNode pattern, JsonContext context) {
    try {
      apply(pattern, context);
    } catch (GenerationException e) {
      failures.add(new GenerationOutcome.Failure(rule, e.getMessage()));
    }
  }

  /**
   * Each foreach declaration: its list, then each non-null element with {@code element} and
   * {@code elementIndex} (and {@code element0}, {@code elementIndex0}) in a context of its own,
   * the declaration's context entries and preconditions, then its pattern. A failing element does
   * not stop the others.
   */
  void generateForeach(List<JsonNode> declarations, JsonContext context) {
    forEachElement(declarations, context, (declaration, elementContext) -> {
      if (preconditionsHold(declaration.get("preconditions"), elementContext)) {
        apply(declaration, elementContext);
      }
    });
  }

  /**
   * For a rule that synchronizes and no longer applies to its trigger: every downstream resource
   * the pattern names is to be deleted. Targets are computed from {@code context} (the old object's).
   */
  void delete(JsonNode pattern, JsonContext context) {
    try {
      deleteTargets(pattern, context);
    } catch (GenerationException e) {
      failures.add(new GenerationOutcome.Failure(rule, e.getMessage()));
    }
  }

  /** As {@link #delete}, for each element of each foreach declaration (its own context loaded). */
  void deleteForeach(List<JsonNode> declarations, JsonContext context) {
    forEachElement(declarations, context, this::deleteTargets);
  }

  /**
   * Runs {@code action} on each declaration with each non-null element of its list, in the
   * element's own context with the declaration's context entries loaded. A list that cannot be
   * evaluated, or an element whose context or action fails, is recorded as a failure; the other
   * declarations and elements still run.
   */
  private void forEachElement(List<JsonNode> declarations, JsonContext context,
      BiConsumer<JsonNode, JsonContext> action) {
    for (int i = 0; i < declarations.size(); i++) {
      JsonNode declaration = declarations.get(i);
      List<JsonNode> elements;
      try {
        elements = elements(declaration, context);
      } catch (RuntimeException e) {
        failures.add(new GenerationOutcome.Failure(rule, GenerationMessages.foreachListError(i, e.getMessage())));
        continue;
      }
      for (int index = 0; index < elements.size(); index++) {
        JsonNode element = elements.get(index);
        if (element == null || element.isNull()) {
          continue;
        }
        JsonContext elementContext = context.forElement(element, index, 0);
        try {
          List<JsonNode> entries = new ArrayList<>();
          declaration.path("context").forEach(entries::add);
          loadContext(entries, elementContext);
          action.accept(declaration, elementContext);
        } catch (GenerationException e) {
          failures.add(new GenerationOutcome.Failure(rule,
              GenerationMessages.foreachElementError(i, rule, index, e.getMessage())));
        }
      }
    }
  }

  private void deleteTargets(JsonNode pattern, JsonContext context) {
    JsonNode substituted = substitute(pattern, context);
    Target target = target(substituted);
    if (substituted.path("cloneList").path("kinds").isArray() && !substituted.path("cloneList").path("kinds").isEmpty()
        && substituted.path("clone").path("name").asString("").isEmpty()) {
      for (JsonNode source : cloneListSources(substituted.get("cloneList"))) {
        Target from = Target.of(source);
        deleteTarget(new Target(from.apiVersion(), from.kind(), target.namespace(), from.name()));
      }
      return;
    }
    deleteTarget(target);
  }

  /** A foreach declaration's elements: its list's items, or the one value it gives. */
  private static List<JsonNode> elements(JsonNode declaration, JsonContext context) {
    List<JsonNode> elements = new ArrayList<>();
    JsonNode list = context.query(declaration.path("list").asString(""));
    if (list.isArray()) {
      list.forEach(elements::add);
    } else {
      elements.add(list);
    }
    return elements;
  }

  private void apply(JsonNode pattern, JsonContext context) {
    JsonNode substituted = substitute(pattern, context);
    Target target = target(substituted);
    checkScope(substituted, target);
    if (!substituted.path("clone").path("name").asString("").isEmpty()) {
      JsonNode clone = substituted.get("clone");
      clone(target, new Target(target.apiVersion(), target.kind(), clone.path("namespace").asString(""),
          clone.path("name").asString("")));
    } else if (substituted.path("cloneList").path("kinds").isArray()
        && !substituted.path("cloneList").path("kinds").isEmpty()) {
      cloneList(substituted.get("cloneList"), target.namespace());
    } else {
      data(target, substituted.get("data"));
    }
  }

  /** Kyverno's manageData: create when absent; update an existing target only when synchronizing. */
  private void data(Target target, JsonNode data) {
    if (data == null || data.isNull() || data.isMissingNode()) {
      return;
    }
    if (!data.isObject()) {
      throw new GenerationException("generate.data must be an object, got " + data.getNodeType());
    }
    ObjectNode object = ((ObjectNode) data).deepCopy();
    Optional<JsonNode> existing = existing(target);
    if (existing.isEmpty()) {
      emit(Downstream.Action.CREATE, target, object);
      return;
    }
    if (!synchronize) {
      return;
    }
    String resourceVersion = existing.get().path("metadata").path("resourceVersion").asString("");
    if (!resourceVersion.isEmpty()) {
      metadata(object).put("resourceVersion", resourceVersion);
    }
    update(target, object, existing.get());
  }

  /**
   * Kyverno's manageClone: the source is copied without its server-set fields (and without owner
   * references when it lives in another namespace), labelled with where it came from.
   */
  private void clone(Target target, Target source) {
    if (source.namespace().equals(target.namespace()) && source.name().equals(target.name())) {
      return;
    }
    Optional<JsonNode> found = lookup(source);
    if (found.isEmpty()) {
      Optional<JsonNode> existing = synchronize ? existing(target) : Optional.empty();
      if (existing.isPresent()) {
        // The source is gone and the rule synchronizes: the clone goes too.
        downstream.add(new Downstream(rule, Downstream.Action.DELETE, existing.get()));
        return;
      }
      throw new GenerationException(GenerationMessages.sourceNotFound(source));
    }
    if (!found.get().isObject()) {
      throw new GenerationException("source resource " + source + " is not an object");
    }
    ObjectNode copy = ((ObjectNode) found.get()).deepCopy();
    DownstreamLabels.source(copy, found.get());
    ObjectNode metadata = metadata(copy);
    if (!metadata.path("namespace").asString("").equals(target.namespace())) {
      metadata.remove("ownerReferences");
    }
    for (String field : List.of("uid", "selfLink", "creationTimestamp", "managedFields", "resourceVersion")) {
      metadata.remove(field);
    }
    Optional<JsonNode> existing = existing(target);
    if (existing.isEmpty()) {
      emit(Downstream.Action.CREATE, target, copy);
      return;
    }
    if (!policy.spec().useServerSideApply()) {
      JsonNode current = existing.get().path("metadata");
      for (String field : List.of("uid", "selfLink", "creationTimestamp", "managedFields", "resourceVersion")) {
        if (current.has(field)) {
          metadata.set(field, current.get(field));
        }
      }
      if (copy.equals(existing.get())) {
        return;
      }
    }
    if (synchronize) {
      update(target, copy, existing.get());
    }
  }

  /** Kyverno's manageCloneList: every selected source of each kind, cloned into the target namespace. */
  private void cloneList(JsonNode cloneList, String targetNamespace) {
    for (JsonNode source : cloneListSources(cloneList)) {
      Target from = Target.of(source);
      if (from.namespace().equals(targetNamespace)) {
        continue;
      }
      clone(new Target(from.apiVersion(), from.kind(), targetNamespace, from.name()), from);
    }
  }

  private List<JsonNode> cloneListSources(JsonNode cloneList) {
    String namespace = cloneList.path("namespace").asString("");
    LabelSelector selector = null;
    JsonNode selectorNode = cloneList.get("selector");
    if (selectorNode != null && selectorNode.isObject()) {
      var sink = ProblemSink.withoutPositions("");
      selector = PolicyParser.parseSelector(selectorNode, FieldPath.of("cloneList", "selector"), sink);
      if (sink.hasErrors()) {
        throw new GenerationException("invalid cloneList selector: " + sink.problems().get(0).message());
      }
    }
    List<JsonNode> sources = new ArrayList<>();
    for (JsonNode kindNode : cloneList.path("kinds")) {
      String reference = kindNode.asString("");
      int slash = reference.lastIndexOf('/');
      String apiVersion = slash < 0 ? "" : reference.substring(0, slash);
      String kind = slash < 0 ? reference : reference.substring(slash + 1);
      var query = new ResourceQuery(apiVersion, kind, namespace, "", selector);
      provider.resources(query).stream().filter(query::matches).forEach(sources::add);
    }
    return sources;
  }

  /**
   * An existing target is rewritten only when it differs from what the rule wants: Kyverno checks
   * the two objects against each other as patterns, both ways.
   */
  private void update(Target target, ObjectNode object, JsonNode existing) {
    ObjectNode wanted = finish(target, object);
    if (PatternMatcher.match(existing, wanted) instanceof MatchOutcome.Matched
        && PatternMatcher.match(wanted, existing) instanceof MatchOutcome.Matched) {
      return;
    }
    if (target.apiVersion().isEmpty()) {
      wanted.put("apiVersion", existing.path("apiVersion").asString(""));
    }
    downstream.add(new Downstream(rule, Downstream.Action.UPDATE, wanted));
  }

  private void emit(Downstream.Action action, Target target, ObjectNode object) {
    ObjectNode finished = finish(target, object);
    if (action == Downstream.Action.CREATE) {
      metadata(finished).remove("resourceVersion");
    }
    downstream.add(new Downstream(rule, action, finished));
  }

  /** The target's identity and Kyverno's labels on the object, with apiVersion and kind first. */
  private ObjectNode finish(Target target, ObjectNode object) {
    ObjectNode out = NODES.objectNode();
    out.put("apiVersion", target.apiVersion());
    String kind = object.path("kind").asString("");
    out.put("kind", kind.isEmpty() ? target.kind() : kind);
    for (var entry : object.properties()) {
      if (!entry.getKey().equals("apiVersion") && !entry.getKey().equals("kind")) {
        out.set(entry.getKey(), entry.getValue());
      }
    }
    ObjectNode metadata = metadata(out);
    // Kyverno's unstructured setters drop a field set to the empty string.
    setOrRemove(metadata, "name", target.name());
    setOrRemove(metadata, "namespace", target.namespace());
    DownstreamLabels.manage(out, policy, rule, trigger);
    return out;
  }

  private void deleteTarget(Target target) {
    Optional<JsonNode> existing = existing(target);
    JsonNode object = existing.orElseGet(() -> {
      ObjectNode identity = NODES.objectNode();
      identity.put("apiVersion", target.apiVersion());
      identity.put("kind", target.kind());
      ObjectNode metadata = identity.putObject("metadata");
      metadata.put("name", target.name());
      if (!target.namespace().isEmpty()) {
        metadata.put("namespace", target.namespace());
      }
      return identity;
    });
    downstream.add(new Downstream(rule, Downstream.Action.DELETE, object));
  }

  /**
   * Kyverno's runtime scope checks for a namespaced Policy (validateTargetScope,
   * validateCloneSources): after substitution, the target must still be namespaced and in the
   * policy's namespace, and so must every clone source.
   */
  private void checkScope(JsonNode pattern, Target target) {
    if (!policy.isNamespaced()) {
      return;
    }
    String policyNamespace = policy.namespace() == null ? "" : policy.namespace();
    if (!target.namespace().equals(policyNamespace)) {
      throw new GenerationException(GenerationMessages.namespaceOutsidePolicy("generate", target.namespace(),
          policyNamespace));
    }
    if (!target.kind().isEmpty() && ResourceScopes.isClusterScoped(target.kind())) {
      throw new GenerationException(GenerationMessages.clusterScopedTarget("generate", "target", target));
    }
    String cloneName = pattern.path("clone").path("name").asString("");
    String cloneNamespace = !cloneName.isEmpty() ? pattern.path("clone").path("namespace").asString("")
        : pattern.path("cloneList").path("kinds").isEmpty() ? null
        : pattern.path("cloneList").path("namespace").asString("");
    if (cloneNamespace != null && !cloneNamespace.equals(policyNamespace)) {
      throw new GenerationException(GenerationMessages.namespaceOutsidePolicy(
          cloneName.isEmpty() ? "generate.cloneList" : "generate.clone", cloneNamespace, policyNamespace));
    }
  }

  private JsonNode substitute(JsonNode pattern, JsonContext context) {
    ObjectNode fields = NODES.objectNode();
    for (String field : PATTERN_FIELDS) {
      if (pattern.has(field)) {
        fields.set(field, pattern.get(field));
      }
    }
    try {
      return Variables.substituteAll(fields, context);
    } catch (RuntimeException e) {
      throw new GenerationException(String.valueOf(e.getMessage()));
    }
  }

  private void loadContext(List<JsonNode> entries, JsonContext context) {
    try {
      loader.loadLeniently(entries, context);
    } catch (RuntimeException e) {
      throw new GenerationException(GenerationMessages.contextError(String.valueOf(e.getMessage())));
    }
  }

  private boolean preconditionsHold(JsonNode preconditions, JsonContext context) {
    if (preconditions == null || preconditions.isNull()) {
      return true;
    }
    try {
      return conditions.check(preconditions, context).holds();
    } catch (RuntimeException e) {
      throw new GenerationException(GenerationMessages.preconditionsError(String.valueOf(e.getMessage())));
    }
  }

  private Optional<JsonNode> existing(Target target) {
    return lookup(target);
  }

  /** The object with this identity, when the provider has it. */
  private Optional<JsonNode> lookup(Target target) {
    var query = new ResourceQuery(target.apiVersion(), target.kind(), target.namespace(), target.name(), null);
    return provider.resources(query).stream().filter(query::matches)
        .filter(o -> o.path("metadata").path("namespace").asString("").equals(target.namespace()))
        .findFirst();
  }

  private static Target target(JsonNode substituted) {
    return new Target(text(substituted.get("apiVersion")), text(substituted.get("kind")),
        text(substituted.get("namespace")), text(substituted.get("name")));
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    return node.isString() ? node.stringValue() : Variables.text(node);
  }

  private static ObjectNode metadata(ObjectNode object) {
    return object.get("metadata") instanceof ObjectNode m ? m : object.putObject("metadata");
  }

  private static void setOrRemove(ObjectNode node, String field, String value) {
    if (value.isEmpty()) {
      node.remove(field);
    } else {
      node.put(field, value);
    }
  }

  /** Generation of one pattern failed; the message is Kyverno's where it has one. */
  static final class GenerationException extends RuntimeException {
    GenerationException(String message) {
      super(message);
    }
  }
}
