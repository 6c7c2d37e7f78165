package io.bulwark.engine.match;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a resource that match blocks look at, read the way Kubernetes' unstructured
 * accessors read them: a field of the wrong type reads as empty, and a label or annotation map
 * with any non-string value reads as no map at all. Every part is read on first use only: most
 * filters ask for the kind of the request and nothing else. One per match; not thread-safe.
 */
final class ResourceMetadata {

  private final JsonNode resource;
  private String kind;
  private String name;
  private String generateName;
  private String namespace;
  private Map<String, String> labels;
  private Map<String, String> annotations;

  private ResourceMetadata(JsonNode resource) {
    this.resource = resource;
  }

  static ResourceMetadata of(JsonNode resource) {
    return new ResourceMetadata(resource);
  }

  String kind() {
    if (kind == null) {
      kind = text(resource.path("kind"));
    }
    return kind;
  }

  String name() {
    if (name == null) {
      name = text(resource.path("metadata").path("name"));
    }
    return name;
  }

  String generateName() {
    if (generateName == null) {
      generateName = text(resource.path("metadata").path("generateName"));
    }
    return generateName;
  }

  String namespace() {
    if (namespace == null) {
      namespace = text(resource.path("metadata").path("namespace"));
    }
    return namespace;
  }

  Map<String, String> labels() {
    if (labels == null) {
      labels = stringMap(resource.path("metadata").path("labels"));
    }
    return labels;
  }

  Map<String, String> annotations() {
    if (annotations == null) {
      annotations = stringMap(resource.path("metadata").path("annotations"));
    }
    return annotations;
  }

  /** The name, or {@code generateName} for an object the API server has not named yet. */
  String nameOrGenerateName() {
    return name().isEmpty() ? generateName() : name();
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
