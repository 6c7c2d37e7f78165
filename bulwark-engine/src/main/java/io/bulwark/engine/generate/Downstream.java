package io.bulwark.engine.generate;

import tools.jackson.databind.JsonNode;

/**
 * One decision of a generate rule about one downstream resource: create it, update it (the
 * existing object differs and the rule synchronizes), or delete it (the rule synchronizes and its
 * trigger or clone source is gone). {@code object} is the full object to write, labels included;
 * for a delete, the existing object when the provider has it, else its identity (apiVersion, kind,
 * metadata.name and metadata.namespace). Immutable by contract: callers must not change the tree.
 */
public record Downstream(String rule, Action action, JsonNode object) {

  /** What the caller should do with the object. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE
  }

  public String apiVersion() {
    return object.path("apiVersion").asString("");
  }

  public String kind() {
    return object.path("kind").asString("");
  }

  public String namespace() {
    return object.path("metadata").path("namespace").asString("");
  }

  public String name() {
    return object.path("metadata").path("name").asString("");
  }
}
