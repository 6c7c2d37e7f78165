package io.bulwark.engine.autogen;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small reads over rule trees that treat an explicit {@code null} like an absent field, as Go's decoder does. */
final class Trees {

  private Trees() {}

  /** The field's value, or null when it is absent or JSON null. */
  static JsonNode present(JsonNode parent, String field) {
    JsonNode value = parent == null ? null : parent.get(field);
    return value == null || value.isNull() ? null : value;
  }

  static boolean isNonEmptyArray(JsonNode node) {
    return node != null && node.isArray() && !node.isEmpty();
  }

  static boolean isNonEmptyObject(JsonNode node) {
    return node != null && node.isObject() && !node.isEmpty();
  }

  static boolean isNonEmptyString(JsonNode node) {
    return node != null && node.isString() && !node.stringValue().isEmpty();
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The object under {@code field}, created (replacing any non-object) when missing. */
  static ObjectNode objectField(ObjectNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value instanceof ObjectNode object) {
      return object;
    }
    ObjectNode created = object();
    parent.set(field, created);
    return created;
  }
}
