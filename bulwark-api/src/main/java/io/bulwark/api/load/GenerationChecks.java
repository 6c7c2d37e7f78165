package io.bulwark.api.load;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.resource.ResourceScopes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The checks Kyverno's admission makes on a rule's {@code generate} block ({@code
 * Generation.Validate} and {@code GeneratePattern.Validate}), with its wording: one source of
 * content at most, a target that names its kind, name and apiVersion, a namespace exactly when
 * the target kind is namespaced, no variables where synchronization must find the source again,
 * one scope across {@code cloneList} kinds, and for a namespaced Policy, nothing outside its own
 * namespace. Kyverno asks the API server which kinds are cluster-scoped; this uses {@link
 * ResourceScopes}. Every problem is reported, each at the field to change.
 */
final class GenerationChecks {

  private static final Set<String> GENERATE_FIELDS = Set.of("apiVersion", "kind", "name", "namespace", "uid",
      "data", "clone", "cloneList", "foreach", "synchronize", "orphanDownstreamOnPolicyDelete", "generateExisting");
  private static final Set<String> FOREACH_FIELDS = Set.of("apiVersion", "kind", "name", "namespace", "uid",
      "data", "clone", "cloneList", "list", "context", "preconditions");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{(?:\\{[^{}]*\\}|[^{}])*\\}\\}");

  /** The policy a rule belongs to, as far as these checks care. */
  record Owner(String kind, String namespace, String name, String rule) {
    boolean namespaced() {
      return "Policy".equals(kind);
    }

    /** How a scope problem names its source: {@code (Policy ns/name, rule "r")}. */
    String describe() {
      return " (Policy " + namespace + "/" + name + ", rule \"" + rule + "\")";
    }
  }

  private GenerationChecks() {}

  static void check(JsonNode generate, FieldPath path, Owner owner, ProblemSink sink) {
    NodeReader reader = NodeReader.object(generate, path, sink);
    if (reader == null) {
      return;
    }
    reader.warnUnknown(GENERATE_FIELDS);
    reader.bool("synchronize", false);
    reader.bool("orphanDownstreamOnPolicyDelete", false);
    reader.bool("generateExisting", false);
    int patterns = 0;
    if (present(generate.get("data"))) {
      patterns++;
    }
    if (hasClone(generate)) {
      patterns++;
    }
    if (present(generate.path("cloneList").get("kinds"))) {
      patterns++;
    }
    if (present(generate.get("foreach"))) {
      patterns++;
    }
    if (patterns > 1) {
      sink.error(path, "only one of generate patterns(data, clone, cloneList and foreach) can be specified");
      return;
    }
    JsonNode foreach = generate.get("foreach");
    if (present(foreach)) {
      if (!foreach.isArray()) {
        sink.error(path.child("foreach"), "expected a list, got " + NodeReader.typeName(foreach));
        return;
      }
      for (int i = 0; i < foreach.size(); i++) {
        FieldPath itemPath = path.child("foreach").index(i);
        NodeReader item = NodeReader.object(foreach.get(i), itemPath, sink);
        if (item == null) {
          continue;
        }
        item.warnUnknown(FOREACH_FIELDS);
        if (!item.has("list")) {
          // Kyverno accepts it and then fails at every trigger.
          sink.warning(itemPath.child("list"), "no list: give a JMESPath expression for the elements to generate for");
        }
        pattern(item, owner, sink);
      }
      return;
    }
    pattern(reader, owner, sink);
  }

  /** One generate pattern: the rule's own, or one foreach declaration's. */
  private static void pattern(NodeReader pattern, Owner owner, ProblemSink sink) {
    JsonNode node = pattern.node();
    String apiVersion = pattern.string("apiVersion");
    String kind = pattern.string("kind");
    String name = pattern.string("name");
    String namespace = pattern.string("namespace");
    apiVersion = apiVersion == null ? "" : apiVersion;
    kind = kind == null ? "" : kind;
    name = name == null ? "" : name;
    namespace = namespace == null ? "" : namespace;
    NodeReader clone = pattern.child("clone");
    NodeReader cloneList = pattern.child("cloneList");
    String cloneName = clone == null ? null : clone.string("name");
    String cloneNamespace = clone == null ? null : clone.string("namespace");
    List<String> kinds = cloneList == null ? List.of() : cloneList.stringList("kinds");
    if (cloneList != null && cloneList.has("selector")) {
      PolicyParser.parseSelector(cloneList.raw("selector"), cloneList.path("selector"), sink);
    }

    if (owner.namespaced()) {
      String mismatch = scopeMismatch(apiVersion, kind, namespace, cloneName, cloneNamespace, owner.namespace());
      if (mismatch != null) {
        sink.error(pattern.path("namespace"), "target resource scope mismatched: " + mismatch + owner.describe());
      }
    }
    if (!kind.isEmpty()) {
      if (!ResourceScopes.isClusterScoped(kind)) {
        if (namespace.isEmpty()) {
          sink.error(pattern.path("namespace"), "target namespace must be set for a namespaced resource");
        }
      } else if (!namespace.isEmpty()) {
        sink.error(pattern.path("namespace"), "target namespace must not be set for a cluster-wide resource");
      }
    }
    if (hasVariable(node.get("apiVersion")) || hasVariable(node.get("kind")) || hasVariable(node.get("clone"))
        || hasVariable(node.get("cloneList"))) {
      sink.error(pattern.path("clone/cloneList"), "Generation Rule Clone/CloneList should not have variables");
    }
    if (kinds.isEmpty()) {
      if (kind.isEmpty()) {
        sink.error(pattern.path("kind"), "kind can not be empty");
      }
      if (name.isEmpty()) {
        sink.error(pattern.path("name"), "name can not be empty");
      }
      if (apiVersion.isEmpty()) {
        sink.error(pattern.path("apiVersion"), "apiVersion can not be empty");
      }
      return;
    }
    cloneList(cloneList, kinds, owner, sink);
  }

  /** Kyverno's validateNamespacedTargetsScope: what a namespaced Policy may not generate or clone. */
  private static String scopeMismatch(String apiVersion, String kind, String namespace, String cloneName,
      String cloneNamespace, String policyNamespace) {
    if (ResourceScopes.isClusterScoped(kind)) {
      return "the target must be a namespaced resource: " + apiVersion + "/" + kind;
    }
    if (!namespace.equals(policyNamespace)) {
      return "a namespaced policy cannot generate resources in other namespaces, expected: " + policyNamespace
          + ", received: " + namespace;
    }
    if (cloneName != null && !cloneName.isEmpty() && !policyNamespace.equals(cloneNamespace == null ? "" : cloneNamespace)) {
      return "a namespaced policy cannot clone resources from other namespaces, expected: " + policyNamespace
          + ", received: " + (cloneNamespace == null ? "" : cloneNamespace);
    }
    return null;
  }

  private static void cloneList(NodeReader cloneList, List<String> kinds, Owner owner, ProblemSink sink) {
    String namespace = cloneList.string("namespace");
    namespace = namespace == null ? "" : namespace;
    FieldPath kindsPath = cloneList.path("kinds");
    if (owner.namespaced()) {
      for (int i = 0; i < kinds.size(); i++) {
        if (ResourceScopes.isClusterScopedReference(kinds.get(i))) {
          sink.error(kindsPath.index(i), "the source in cloneList must be a namespaced resource: " + kinds.get(i)
              + owner.describe());
        }
      }
      if (!namespace.equals(owner.namespace())) {
        sink.error(cloneList.path("namespace"), "a namespaced policy cannot clone resources from other namespace,"
            + " expected: " + owner.namespace() + ", received: " + namespace + owner.describe());
      }
    }
    boolean clusterScope = ResourceScopes.isClusterScopedReference(kinds.get(0));
    for (String kind : kinds.subList(1, kinds.size())) {
      if (clusterScope != ResourceScopes.isClusterScopedReference(kind)) {
        sink.error(kindsPath, "mixed scope of target resources is forbidden");
        clusterScope = false;
        break;
      }
    }
    if (!clusterScope) {
      if (namespace.isEmpty()) {
        sink.error(cloneList.path("namespace"), "namespace is required for namespaced target resources");
      }
    } else if (!owner.namespaced() && !namespace.isEmpty()) {
      sink.error(cloneList.path("namespace"), "namespace is forbidden for cluster-wide target resources");
    }
  }

  /** Kyverno counts a clone block as given when any of its fields is set. */
  private static boolean hasClone(JsonNode generate) {
    JsonNode clone = generate.get("clone");
    return clone != null && clone.isObject()
        && (!clone.path("name").asString("").isEmpty() || !clone.path("namespace").asString("").isEmpty());
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull() && !node.isMissingNode();
  }

  private static boolean hasVariable(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isString()) {
      return VARIABLE.matcher(node.stringValue()).find();
    }
    for (var entry : node.properties()) {
      if (VARIABLE.matcher(entry.getKey()).find() || hasVariable(entry.getValue())) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (hasVariable(item)) {
          return true;
        }
      }
    }
    return false;
  }
}
