package io.bulwark.engine.match;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a resource that match blocks look at, read the way Kubernetes' unstructured
 * accessors read them: a field of the wrong type reads as empty, and a label or annotation map
 * with any non-string value reads as no map at all.
 */
record ResourceMetadata(
    String kind,
    String name,
    String generateName,
    String namespace,
    Map<String, String> labels,
    Map<String, String> annotations) {

  static ResourceMetadata of(JsonNode resource) {
    JsonNode metadata = resource.path("metadata");
    return new ResourceMetadata(
        text(resource.path("kind")),
        text(metadata.path("name")),
        text(metadata.path("generateName")),
        text(metadata.path("namespace")),
        stringMap(metadata.path("labels")),
        stringMap(metadata.path("annotations")));
  }

  /** The name, or {@code generateName} for an object the API server has not named yet. */
  String nameOrGenerateName() {
    return name.isEmpty() ? generateName : name;
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.stringValue() : "";
  }

  private static Map<String, String> stringMap(JsonNode node) {
    if (!node.isObject()) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      if (!entry.getValue().isString()) {
        return Map.of();
      }
      values.put(entry.getKey(), entry.getValue().stringValue());
    }
    return Collections.unmodifiableMap(values);
  }
}
