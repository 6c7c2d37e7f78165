package io.bulwark.cli.values;

import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a values file document, reporting wrong shapes with their positions. */
public final class ValuesParser {

  private ValuesParser() {}

  public static Values parse(YamlDocument document, ProblemSink sink) {
    return parse(document.tree(), sink);
  }

  /** Reads values from a tree, e.g. a test file's inline {@code values}. */
  public static Values parse(JsonNode root, ProblemSink sink) {
    if (!root.isObject()) {
      sink.error(FieldPath.root(), "a values file must be an object");
      return Values.empty();
    }
    String kind = root.path("kind").asString("");
    if (!kind.isEmpty() && !"Values".equals(kind)) {
      sink.warning(FieldPath.of("kind"), "expected kind Values, got \"" + kind + "\"; read as a values file");
    }
    ObjectNode global = root.get("globalValues") instanceof ObjectNode o ? o : null;
    if (root.has("globalValues") && global == null && !root.get("globalValues").isNull()) {
      sink.error(FieldPath.of("globalValues"), "expected an object");
    }
    var policies = new ArrayList<Values.PolicyValues>();
    forEach(root, "policies", sink, (policy, path) -> {
      var rules = new ArrayList<Values.RuleValues>();
      forEach(policy, "rules", sink, (rule, rulePath) -> rules.add(new Values.RuleValues(
          rule.path("name").asString(""), object(rule, "values"), object(rule, "foreachValues"))));
      var resources = new ArrayList<Values.ResourceValues>();
      forEach(policy, "resources", sink, (resource, resourcePath) -> resources.add(new Values.ResourceValues(
          resource.path("name").asString(""), object(resource, "values"))));
      policies.add(new Values.PolicyValues(policy.path("name").asString(""), rules, resources));
    });
    Map<String, Map<String, String>> selectors = new LinkedHashMap<>();
    forEach(root, "namespaceSelector", sink, (entry, path) -> {
      var labels = new LinkedHashMap<String, String>();
      entry.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString("")));
      selectors.put(entry.path("name").asString(""), labels);
    });
    var namespaces = new ArrayList<JsonNode>();
    forEach(root, "namespaces", sink, (ns, path) -> namespaces.add(ns));
    var subresources = new ArrayList<Values.Subresource>();
    forEach(root, "subresources", sink, (entry, path) -> subresources.add(new Values.Subresource(
        apiResource(entry.path("subresource")), apiResource(entry.path("parentResource")))));
    return new Values(global, policies, selectors, namespaces, subresources);
  }

  private static Values.ApiResource apiResource(JsonNode node) {
    return new Values.ApiResource(node.path("name").asString(""), node.path("group").asString(""),
        node.path("version").asString(""), node.path("kind").asString(""));
  }

  private static ObjectNode object(JsonNode parent, String field) {
    return parent.get(field) instanceof ObjectNode o ? o : null;
  }

  private interface ItemReader {
    void read(JsonNode item, FieldPath path);
  }

  private static void forEach(JsonNode parent, String field, ProblemSink sink, ItemReader reader) {
    JsonNode list = parent.get(field);
    if (list == null || list.isNull()) {
      return;
    }
    FieldPath path = FieldPath.of(field);
    if (!list.isArray()) {
      sink.error(path, "expected a list");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isObject()) {
        sink.error(path.index(i), "expected an object");
        continue;
      }
      reader.read(list.get(i), path.index(i));
    }
  }
}
