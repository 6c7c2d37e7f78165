package io.bulwark.api.load;

import io.bulwark.api.policy.ApplyRules;
import io.bulwark.api.policy.FailureAction;
import io.bulwark.api.policy.FailureActionOverride;
import io.bulwark.api.policy.FailurePolicy;
import io.bulwark.api.policy.Generation;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.LabelSelector;
import io.bulwark.api.policy.MatchResources;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.PolicySpec;
import io.bulwark.api.policy.ResourceDescription;
import io.bulwark.api.policy.ResourceFilter;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.RuleAction;
import io.bulwark.api.policy.Subject;
import io.bulwark.api.policy.Validation;
import io.bulwark.api.policy.VerifyImages;
import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one ClusterPolicy/Policy document into the typed model, reporting every structural problem
 * of the document (wrong types, missing fields, zero or two rule types, {@code any} with {@code
 * all}, malformed anchors) to a {@link ProblemSink}. Returns null when the document has errors.
 * Stateless; the sink carries the state of one call.
 */
public final class PolicyParser {

  static final Set<String> KINDS = Set.of(KyvernoPolicy.CLUSTER_POLICY, KyvernoPolicy.POLICY);
  static final Set<String> API_VERSIONS = Set.of("kyverno.io/v1", "kyverno.io/v2beta1");

  private static final Set<String> ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec", "status");
  private static final Set<String> METADATA_FIELDS = Set.of("name", "namespace", "labels", "annotations",
      "generateName", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
      "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields", "selfLink");
  private static final Set<String> SPEC_FIELDS = Set.of("rules", "validationFailureAction",
      "validationFailureActionOverrides", "background", "admission", "applyRules", "emitWarning",
      "failurePolicy", "webhookTimeoutSeconds", "webhookConfiguration", "generateExisting",
      "generateExistingOnPolicyUpdate", "mutateExistingOnPolicyUpdate", "useServerSideApply",
      "schemaValidation", "evaluation");
  private static final Set<String> RULE_FIELDS = Set.of("name", "match", "exclude", "context",
      "preconditions", "celPreconditions", "reportProperties", "imageExtractors",
      "skipBackgroundRequests", "validate", "mutate", "generate", "verifyImages");
  private static final Set<String> VALIDATE_FIELDS = Set.of("message", "failureAction",
      "failureActionOverrides", "allowExistingViolations", "pattern", "anyPattern", "deny",
      "foreach", "podSecurity", "cel", "manifests", "assert");
  private static final Set<String> MATCH_FIELDS = Set.of("any", "all", "resources", "subjects",
      "roles", "clusterRoles");
  private static final Set<String> FILTER_FIELDS = Set.of("resources", "subjects", "roles", "clusterRoles");
  private static final Set<String> DESCRIPTION_FIELDS = Set.of("kinds", "name", "names",
      "namespaces", "annotations", "selector", "namespaceSelector", "operations");
  private static final Set<String> OPERATIONS = Set.of("CREATE", "UPDATE", "DELETE", "CONNECT");
  private static final Set<String> SELECTOR_OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  /** Kyverno's anchor syntax: an optional modifier, then the key in parentheses. */
  private static final Pattern ANCHOR = Pattern.compile("^([+<=X^])?\\((.+)\\)$");

  private PolicyParser() {}

  /** Whether a document of this apiVersion/kind is a policy this parser handles. */
  public static boolean handles(String apiVersion, String kind) {
    return KINDS.contains(kind) && apiVersion != null && apiVersion.startsWith("kyverno.io/");
  }

  public static KyvernoPolicy parse(JsonNode document, ProblemSink sink) {
    NodeReader root = NodeReader.object(document, FieldPath.root(), sink);
    if (root == null) {
      sink.error(FieldPath.root(), "a policy must be an object");
      return null;
    }
    root.warnUnknown(ROOT_FIELDS);
    String apiVersion = root.requiredString("apiVersion");
    String kind = root.requiredString("kind");
    if (apiVersion != null && !API_VERSIONS.contains(apiVersion)) {
      sink.error(root.path("apiVersion"), "unsupported apiVersion \"" + apiVersion
          + "\" for " + kind + "; use kyverno.io/v1 or kyverno.io/v2beta1");
    }
    if (kind != null && !KINDS.contains(kind)) {
      sink.error(root.path("kind"), "unknown kind \"" + kind + "\"; expected ClusterPolicy or Policy");
    }
    NodeReader metadata = root.child("metadata");
    String name = null;
    String namespace = null;
    Map<String, String> labels = Map.of();
    Map<String, String> annotations = Map.of();
    if (metadata == null) {
      sink.error(root.path("metadata"), "required field is missing");
    } else {
      metadata.warnUnknown(METADATA_FIELDS);
      name = metadata.requiredString("name");
      namespace = metadata.string("namespace");
      labels = metadata.stringMap("labels");
      annotations = metadata.stringMap("annotations");
    }
    if (KyvernoPolicy.POLICY.equals(kind) && (namespace == null || namespace.isEmpty())) {
      // A namespaced Policy applied without a namespace lands in "default", as kubectl would place it.
      namespace = "default";
    }
    NodeReader specReader = root.child("spec");
    PolicySpec spec = null;
    if (specReader == null) {
      sink.error(root.path("spec"), "required field is missing");
    } else {
      spec = parseSpec(specReader, apiVersion);
      checkGenerateRules(specReader, kind, namespace, name);
    }
    if (sink.hasErrors()) {
      return null;
    }
    return new KyvernoPolicy(apiVersion, kind, name, namespace, labels, annotations, spec, document,
        sink.locate(FieldPath.root()));
  }

  private static PolicySpec parseSpec(NodeReader spec, String apiVersion) {
    spec.warnUnknown(SPEC_FIELDS);
    FailureAction action = FailureAction.AUDIT;
    String actionText = spec.string("validationFailureAction");
    if (actionText != null) {
      action = FailureAction.parse(actionText).orElseGet(() -> {
        spec.sink().error(spec.path("validationFailureAction"),
            "unsupported value \"" + actionText + "\"; use Audit or Enforce");
        return FailureAction.AUDIT;
      });
    }
    ApplyRules applyRules = ApplyRules.ALL;
    String applyText = spec.string("applyRules");
    if (applyText != null) {
      applyRules = ApplyRules.parse(applyText).orElseGet(() -> {
        spec.sink().error(spec.path("applyRules"), "unsupported value \"" + applyText + "\"; use All or One");
        return ApplyRules.ALL;
      });
    }
    NodeReader webhookConfiguration = spec.child("webhookConfiguration");
    FailurePolicy failurePolicy = failurePolicy(spec);
    if (webhookConfiguration != null && webhookConfiguration.has("failurePolicy")) {
      failurePolicy = failurePolicy(webhookConfiguration);
    }
    List<Rule> rules = spec.list("rules", (node, path) -> parseRule(node, path, spec.sink(), apiVersion));
    if (!spec.has("rules")) {
      spec.sink().error(spec.path("rules"), "required field is missing: a policy needs at least one rule");
    }
    checkUniqueRuleNames(spec);
    return new PolicySpec(
        rules,
        action,
        spec.list("validationFailureActionOverrides", (node, path) -> parseOverride(node, path, spec.sink())),
        spec.bool("background", true),
        spec.bool("admission", true),
        applyRules,
        spec.bool("emitWarning", false),
        failurePolicy,
        spec.integer("webhookTimeoutSeconds"),
        webhookConfiguration == null ? null : webhookConfiguration.node(),
        spec.bool("generateExisting", false) || spec.bool("generateExistingOnPolicyUpdate", false),
        spec.bool("mutateExistingOnPolicyUpdate", false),
        spec.bool("useServerSideApply", false));
  }

  /**
   * Kyverno's checks of each generate block, which need the policy's kind and namespace (a
   * namespaced Policy generates and clones only in its own namespace). Read from the written rules,
   * so indices match the document.
   */
  private static void checkGenerateRules(NodeReader spec, String kind, String namespace, String name) {
    JsonNode rules = spec.raw("rules");
    if (rules == null || !rules.isArray()) {
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      JsonNode generate = rules.get(i).path("generate");
      if (generate.isObject()) {
        var owner = new GenerationChecks.Owner(kind, namespace, name, rules.get(i).path("name").asString(""));
        GenerationChecks.check(generate, spec.path("rules").index(i).child("generate"), owner, spec.sink());
      }
    }
  }

  private static FailurePolicy failurePolicy(NodeReader reader) {
    String text = reader.string("failurePolicy");
    if (text == null) {
      return FailurePolicy.FAIL;
    }
    return FailurePolicy.parse(text).orElseGet(() -> {
      reader.sink().error(reader.path("failurePolicy"), "unsupported value \"" + text + "\"; use Fail or Ignore");
      return FailurePolicy.FAIL;
    });
  }

  /**
   * Reports each rule whose name an earlier rule already has. Reads the written rules, not the
   * parsed ones: a rule left out for its own errors must not shift the indices of those after it.
   */
  private static void checkUniqueRuleNames(NodeReader spec) {
    JsonNode rules = spec.raw("rules");
    if (rules == null || !rules.isArray()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      JsonNode name = rules.get(i).path("name");
      if (name.isString() && !seen.add(name.stringValue())) {
        spec.sink().error(spec.path("rules").index(i).child("name"),
            "Duplicate rule name: '" + name.stringValue() + "'");
      }
    }
  }

  /**
   * Parses one rule; also used by autogen on rewritten rule trees. Returns null when the rule has
   * errors (reported to the sink).
   */
  public static Rule parseRule(JsonNode node, FieldPath path, ProblemSink sink, String apiVersion) {
    int errorsBefore = sink.errorCount();
    NodeReader rule = NodeReader.object(node, path, sink);
    if (rule == null) {
      return null;
    }
    rule.warnUnknown(RULE_FIELDS);
    String name = rule.requiredString("name");
    if (name != null && name.length() > 63) {
      sink.error(rule.path("name"), "rule name \"" + name + "\" is " + name.length()
          + " characters long; shorten it to at most 63");
    }
    MatchResources match = parseMatch(rule, "match");
    if (!rule.has("match")) {
      sink.error(rule.path("match"), "required field is missing");
    }
    MatchResources exclude = rule.has("exclude") ? parseMatch(rule, "exclude") : null;
    RuleAction action = parseAction(rule, name == null ? "" : name);
    List<JsonNode> context = rule.nodeList("context");
    JsonNode preconditions = rule.raw("preconditions");
    if (preconditions != null && !preconditions.isObject() && !preconditions.isArray()) {
      sink.error(rule.path("preconditions"), "expected an object with any/all, got " + NodeReader.typeName(preconditions));
    }
    if (sink.errorCount() > errorsBefore || action == null) {
      return null;
    }
    return new Rule(name, match, exclude, context, preconditions, rule.nodeList("celPreconditions"),
        rule.stringMap("reportProperties"), rule.bool("skipBackgroundRequests", true), action,
        (ObjectNode) node);
  }

  private static RuleAction parseAction(NodeReader rule, String name) {
    List<String> present = new ArrayList<>();
    for (String type : List.of("mutate", "validate", "generate", "verifyImages")) {
      if (rule.has(type)) {
        present.add(type);
      }
    }
    if (present.isEmpty()) {
      rule.sink().error(rule.path(), "No operation defined in the rule '" + name
          + "'.(supported operations: mutate,validate,generate,verifyImages)");
      return null;
    }
    if (present.size() > 1) {
      rule.sink().error(rule.path(), "Multiple operations defined in the rule '" + name
          + "', only one operation (mutate,validate,generate,verifyImages) is allowed per rule");
      return null;
    }
    return switch (present.get(0)) {
      case "validate" -> parseValidation(rule.child("validate"));
      case "mutate" -> objectAction(rule, "mutate") == null ? null : new Mutation(rule.raw("mutate"));
      case "generate" -> objectAction(rule, "generate") == null ? null : new Generation(rule.raw("generate"));
      default -> {
        JsonNode images = rule.raw("verifyImages");
        if (!images.isArray()) {
          rule.sink().error(rule.path("verifyImages"), "expected a list, got " + NodeReader.typeName(images));
          yield null;
        }
        yield new VerifyImages(images);
      }
    };
  }

  private static JsonNode objectAction(NodeReader rule, String field) {
    return rule.objectNode(field);
  }

  private static Validation parseValidation(NodeReader validate) {
    if (validate == null) {
      return null;
    }
    validate.warnUnknown(VALIDATE_FIELDS);
    List<String> checks = new ArrayList<>();
    for (String check : List.of("pattern", "anyPattern", "deny", "foreach", "podSecurity", "cel", "manifests")) {
      if (validate.has(check)) {
        checks.add(check);
      }
    }
    if (checks.size() > 1) {
      validate.sink().error(validate.path(), "only one of pattern, anyPattern, deny, foreach, podSecurity, cel,"
          + " manifests can be specified; found " + String.join(" and ", checks)
          + " (split them into separate rules)");
    } else if (checks.isEmpty() && !validate.has("assert")) {
      validate.sink().error(validate.path(), "one of pattern, anyPattern, deny, foreach, podSecurity, cel,"
          + " manifests must be specified");
    }
    FailureAction action = null;
    String actionText = validate.string("failureAction");
    if (actionText != null) {
      action = FailureAction.parse(actionText).orElse(null);
      if (action == null || !Character.isUpperCase(actionText.charAt(0))) {
        validate.sink().error(validate.path("failureAction"), "unsupported value \"" + actionText
            + "\"; use Audit or Enforce");
      }
    }
    JsonNode pattern = validate.raw("pattern");
    if (pattern != null) {
      checkAnchors(pattern, validate.path("pattern"), validate.sink());
    }
    List<JsonNode> anyPattern = validate.nodeList("anyPattern");
    for (int i = 0; i < anyPattern.size(); i++) {
      checkAnchors(anyPattern.get(i), validate.path("anyPattern").index(i), validate.sink());
    }
    if (validate.has("anyPattern") && anyPattern.isEmpty() && validate.raw("anyPattern").isArray()) {
      validate.sink().error(validate.path("anyPattern"), "anyPattern needs at least one pattern");
    }
    JsonNode deny = validate.raw("deny");
    if (deny != null && !deny.isObject()) {
      validate.sink().error(validate.path("deny"), "expected an object with conditions, got " + NodeReader.typeName(deny));
    }
    JsonNode podSecurity = validate.raw("podSecurity");
    if (podSecurity != null && !podSecurity.isObject()) {
      validate.sink().error(validate.path("podSecurity"), "expected an object, got " + NodeReader.typeName(podSecurity));
    }
    return new Validation(
        validate.string("message"),
        action,
        validate.list("failureActionOverrides", (node, path) -> parseOverride(node, path, validate.sink())),
        validate.bool("allowExistingViolations", true),
        pattern,
        anyPattern,
        deny,
        validate.nodeList("foreach"),
        podSecurity,
        validate.objectNode("cel"),
        validate.objectNode("manifests"));
  }

  /**
   * Reports keys that look like anchors but are malformed ({@code (name}, {@code X(}), and anchors
   * that have no meaning in a validate pattern ({@code +(key)}), with the path of the key.
   */
  static void checkAnchors(JsonNode pattern, FieldPath path, ProblemSink sink) {
    if (pattern.isArray()) {
      for (int i = 0; i < pattern.size(); i++) {
        checkAnchors(pattern.get(i), path.index(i), sink);
      }
      return;
    }
    if (!pattern.isObject()) {
      return;
    }
    for (var entry : pattern.properties()) {
      String key = entry.getKey();
      FieldPath keyPath = path.child(key);
      if (looksLikeAnchor(key)) {
        var m = ANCHOR.matcher(key);
        if (!m.matches()) {
          sink.error(keyPath, "malformed anchor \"" + key + "\"; anchors are written (key), <(key), X(key),"
              + " =(key) or ^(key)");
        } else if ("+".equals(m.group(1))) {
          sink.error(keyPath, "the add-if-not-present anchor \"" + key + "\" is only allowed in mutate"
              + " patches, not in validate patterns");
        } else if ("^".equals(m.group(1)) && !entry.getValue().isArray()) {
          sink.error(keyPath, "the existence anchor \"" + key + "\" needs a list value");
        } else if ("^".equals(m.group(1)) && entry.getValue().isEmpty()) {
          sink.error(keyPath, "the existence anchor \"" + key + "\" needs at least one pattern in its list");
        }
      }
      checkAnchors(entry.getValue(), keyPath, sink);
    }
  }

  private static boolean looksLikeAnchor(String key) {
    if (key.startsWith("(") || key.endsWith(")") && key.contains("(")) {
      return true;
    }
    return key.length() > 1 && "+<=X^".indexOf(key.charAt(0)) >= 0 && key.charAt(1) == '(';
  }

  private static FailureActionOverride parseOverride(JsonNode node, FieldPath path, ProblemSink sink) {
    NodeReader reader = NodeReader.object(node, path, sink);
    if (reader == null) {
      return null;
    }
    String actionText = reader.requiredString("action");
    FailureAction action = actionText == null ? null : FailureAction.parse(actionText).orElse(null);
    if (actionText != null && action == null) {
      sink.error(reader.path("action"), "unsupported value \"" + actionText + "\"; use Audit or Enforce");
      return null;
    }
    if (action == null) {
      return null;
    }
    return new FailureActionOverride(action, reader.stringList("namespaces"),
        parseSelector(reader.raw("namespaceSelector"), reader.path("namespaceSelector"), sink));
  }

  /** A match/exclude block read from {@code field} of {@code parent}; also used for PolicyException.match. */
  static MatchResources parseMatchBlock(NodeReader parent, String field) {
    return parseMatch(parent, field);
  }

  private static MatchResources parseMatch(NodeReader rule, String field) {
    NodeReader block = rule.child(field);
    if (block == null) {
      return MatchResources.empty();
    }
    block.warnUnknown(MATCH_FIELDS);
    ProblemSink sink = block.sink();
    // As in Kyverno, an empty any or all list counts as not given.
    boolean anyGiven = nonEmptyList(block.raw("any"));
    boolean allGiven = nonEmptyList(block.raw("all"));
    if (anyGiven && allGiven) {
      sink.error(block.path(), "Can't specify any and all together");
    }
    if ((anyGiven || allGiven) && block.has("resources")) {
      sink.error(block.path(), "can't specify any/all together with " + field + " resources");
    }
    List<String> legacyUserInfo = new ArrayList<>();
    for (String userInfo : List.of("subjects", "roles", "clusterRoles")) {
      if (block.has(userInfo)) {
        legacyUserInfo.add(userInfo);
      }
    }
    if ((anyGiven || allGiven) && !legacyUserInfo.isEmpty()) {
      // Kyverno accepts this and then ignores the direct entries; say so instead.
      sink.error(block.path(), "can't specify any/all together with " + field + " "
          + String.join("/", legacyUserInfo) + "; move them into the any/all entries");
    }
    boolean legacyUsed = block.has("resources") || !legacyUserInfo.isEmpty();
    List<ResourceFilter> any = block.list("any", (node, path) -> parseFilter(node, path, sink));
    List<ResourceFilter> all = block.list("all", (node, path) -> parseFilter(node, path, sink));
    ResourceFilter legacy = legacyUsed ? parseFilter(block.node(), block.path(), sink) : null;
    return new MatchResources(any, all, legacy);
  }

  private static boolean nonEmptyList(JsonNode node) {
    return node != null && node.isArray() && !node.isEmpty();
  }

  private static ResourceFilter parseFilter(JsonNode node, FieldPath path, ProblemSink sink) {
    NodeReader filter = NodeReader.object(node, path, sink);
    if (filter == null) {
      return null;
    }
    if (!path.segments().isEmpty() && path.segments().get(path.segments().size() - 1) instanceof FieldPath.Index) {
      filter.warnUnknown(FILTER_FIELDS);
    }
    ResourceDescription resources = parseDescription(filter.child("resources"));
    List<Subject> subjects = filter.list("subjects", (item, itemPath) -> {
      NodeReader subject = NodeReader.object(item, itemPath, sink);
      if (subject == null) {
        return null;
      }
      String kind = subject.requiredString("kind");
      String name = subject.requiredString("name");
      if (kind != null && !Set.of("User", "Group", "ServiceAccount").contains(kind)) {
        sink.error(subject.path("kind"), "unsupported subject kind \"" + kind + "\"; use User, Group or ServiceAccount");
      }
      return new Subject(kind, name, subject.string("namespace"), subject.string("apiGroup"));
    });
    return new ResourceFilter(resources, subjects, filter.stringList("roles"), filter.stringList("clusterRoles"));
  }

  private static ResourceDescription parseDescription(NodeReader resources) {
    if (resources == null) {
      return ResourceDescription.empty();
    }
    resources.warnUnknown(DESCRIPTION_FIELDS);
    ProblemSink sink = resources.sink();
    if (resources.has("name") && resources.has("names")) {
      sink.error(resources.path(), "Both name and names can not be specified together");
    }
    List<String> kinds = resources.stringList("kinds");
    for (int i = 0; i < kinds.size(); i++) {
      String kind = kinds.get(i);
      if (kind.isBlank() || kind.split("/", -1).length > 4 || kind.contains("//")) {
        sink.error(resources.path("kinds").index(i), "malformed kind \"" + kind
            + "\"; use Kind, version/Kind, group/version/Kind or Kind/subresource");
      }
    }
    List<String> operations = resources.stringList("operations");
    for (int i = 0; i < operations.size(); i++) {
      if (!OPERATIONS.contains(operations.get(i))) {
        sink.error(resources.path("operations").index(i), "unsupported operation \"" + operations.get(i)
            + "\"; use CREATE, UPDATE, DELETE or CONNECT");
      }
    }
    return new ResourceDescription(
        kinds,
        resources.string("name"),
        resources.stringList("names"),
        resources.stringList("namespaces"),
        resources.stringMap("annotations"),
        parseSelector(resources.raw("selector"), resources.path("selector"), sink),
        parseSelector(resources.raw("namespaceSelector"), resources.path("namespaceSelector"), sink),
        operations);
  }

  /** A LabelSelector, or null when absent. */
  public static LabelSelector parseSelector(JsonNode node, FieldPath path, ProblemSink sink) {
    NodeReader selector = NodeReader.object(node, path, sink);
    if (selector == null) {
      return null;
    }
    List<LabelSelector.Requirement> expressions = selector.list("matchExpressions", (item, itemPath) -> {
      NodeReader expression = NodeReader.object(item, itemPath, sink);
      if (expression == null) {
        return null;
      }
      String key = expression.requiredString("key");
      String operator = expression.requiredString("operator");
      if (operator != null && !SELECTOR_OPERATORS.contains(operator)) {
        sink.error(expression.path("operator"), "unsupported operator \"" + operator
            + "\"; use In, NotIn, Exists or DoesNotExist");
        return null;
      }
      List<String> values = expression.stringList("values");
      if (("In".equals(operator) || "NotIn".equals(operator)) && values.isEmpty()) {
        sink.error(expression.path("values"), "values must be non-empty for operator " + operator);
      }
      return key == null || operator == null ? null : new LabelSelector.Requirement(key, operator, values);
    });
    return new LabelSelector(selector.stringMap("matchLabels"), expressions);
  }
}
