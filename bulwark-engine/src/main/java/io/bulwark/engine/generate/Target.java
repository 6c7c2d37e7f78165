package io.bulwark.engine.generate;

import tools.jackson.databind.JsonNode;

/** The identity of a downstream resource or clone source, after variable substitution. */
record Target(String apiVersion, String kind, String namespace, String name) {

  static Target of(JsonNode object) {
    return new Target(object.path("apiVersion").asString(""), object.path("kind").asString(""),
        object.path("metadata").path("namespace").asString(""), object.path("metadata").path("name").asString(""));
  }

  /** {@code apiVersion/kind/namespace/name}, as Kyverno's ResourceSpec prints itself. */
  @Override
  public String toString() {
    return apiVersion + "/" + kind + "/" + namespace + "/" + name;
  }
}
