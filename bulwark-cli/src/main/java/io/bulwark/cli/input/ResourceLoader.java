package io.bulwark.cli.input;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.resource.ResourceScopes;
import io.bulwark.api.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns YAML documents into Kubernetes resources to evaluate: each must be an object with
 * apiVersion, kind and metadata.name (or generateName); a {@code kind: List} is expanded into its
 * items. A bad document is reported with its location and skipped; the others load.
 */
public final class ResourceLoader {

  private ResourceLoader() {}

  public static LoadResult<JsonNode> load(List<YamlDocument> documents) {
    var resources = new ArrayList<JsonNode>();
    var problems = new ArrayList<Problem>();
    for (YamlDocument document : documents) {
      JsonNode tree = document.tree();
      if (tree.isObject() && tree.path("kind").asString("").endsWith("List") && tree.path("items").isArray()) {
        JsonNode items = tree.get("items");
        for (int i = 0; i < items.size(); i++) {
          check(items.get(i), FieldPath.of("items").index(i), document, resources, problems);
        }
      } else {
        check(tree, FieldPath.root(), document, resources, problems);
      }
    }
    return new LoadResult<>(resources, problems);
  }

  private static void check(JsonNode resource, FieldPath at, YamlDocument document, List<JsonNode> resources,
      List<Problem> problems) {
    int before = problems.size();
    if (!resource.isObject()) {
      problems.add(Problem.error(document.positions().locate(at), at, "expected a Kubernetes resource (an object with"
          + " apiVersion, kind and metadata), got " + (resource.isArray() ? "a list" : "a scalar")));
      return;
    }
    for (String field : List.of("apiVersion", "kind")) {
      JsonNode value = resource.get(field);
      if (value == null || !value.isString() || value.stringValue().isEmpty()) {
        problems.add(Problem.error(document.positions().locate(at.child(field)), at.child(field),
            "a resource needs a non-empty string " + field));
      }
    }
    JsonNode metadata = resource.get("metadata");
    if (metadata == null || !metadata.isObject()) {
      problems.add(Problem.error(document.positions().locate(at.child("metadata")), at.child("metadata"),
          "a resource needs metadata with a name"));
    } else if (!metadata.path("name").isString() && !metadata.path("generateName").isString()) {
      problems.add(Problem.error(document.positions().locate(at.child("metadata")), at.child("metadata"),
          "a resource needs metadata.name (or metadata.generateName)"));
    }
    if (problems.size() == before) {
      resources.add(withDefaultNamespace(resource));
    }
  }

  /**
   * A namespaced resource written without a namespace is placed in {@code default}, as kubectl
   * and Kyverno's CLI place it: policies, reports and test rows ({@code default/name}) see it there.
   */
  static JsonNode withDefaultNamespace(JsonNode resource) {
    JsonNode metadata = resource.path("metadata");
    if (ResourceScopes.isClusterScoped(resource.path("kind").asString("")) || !metadata.path("namespace").asString("").isEmpty()) {
      return resource;
    }
    ObjectNode copy = ((ObjectNode) resource).deepCopy();
    ((ObjectNode) copy.get("metadata")).put("namespace", "default");
    return copy;
  }
}
