package io.bulwark.engine.match;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a resource that match blocks look at, read the way Kubernetes' unstructured
 * accessors read them: a field of the wrong type reads as empty, and a label or annotation map
 * with any non-string value reads as no map at all. Labels and annotations are read on first use
 * only, since most filters never ask for them. One per match; not thread-safe.
 */
final class ResourceMetadata {

  private final JsonNode metadata;
  private final String kind;
  private final String name;
  private final String generateName;
  private final String namespace;
  private Map<String, String> labels;
  private Map<String, String> annotations;

  private ResourceMetadata(JsonNode resource) {
    this.metadata = resource.path("metadata");
    this.kind = text(resource.path("kind"));
    this.name = text(metadata.path("name"));
    this.generateName = text(metadata.path("generateName"));
    this.namespace = text(metadata.path("namespace"));
  }

  static ResourceMetadata of(JsonNode resource) {
    return new ResourceMetadata(resource);
  }

  String kind() {
    return kind;
  }

  String name() {
    return name;
  }

  String generateName() {
    return generateName;
  }

  String namespace() {
    return namespace;
  }

  Map<String, String> labels() {
    if (labels == null) {
      labels = stringMap(metadata.path("labels"));
    }
    return labels;
  }

  Map<String, String> annotations() {
    if (annotations == null) {
      annotations = stringMap(metadata.path("annotations"));
    }
    return annotations;
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
