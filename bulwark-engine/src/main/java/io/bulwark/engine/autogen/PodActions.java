package io.bulwark.engine.autogen;

import static io.bulwark.engine.autogen.Trees.isNonEmptyArray;
import static io.bulwark.engine.autogen.Trees.isNonEmptyString;
import static io.bulwark.engine.autogen.Trees.object;
import static io.bulwark.engine.autogen.Trees.present;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves a rule's mutate or validate block from Pods to a controller's Pod template. Only what
 * Kyverno's typed rewrite keeps is kept (for instance a patchStrategicMerge mutation loses its
 * {@code targets}); the rest of a block is dropped. Each method returns null when the block has
 * nothing autogen knows how to move.
 */
final class PodActions {

  private PodActions() {}

  /** patchStrategicMerge, or else a foreach of patchStrategicMerge entries. */
  static ObjectNode mutate(JsonNode mutate, Template template) {
    JsonNode patch = present(mutate, "patchStrategicMerge");
    if (patch != null) {
      ObjectNode moved = object();
      moved.set("patchStrategicMerge", template.wrap(patch));
      return moved;
    }
    JsonNode foreach = present(mutate, "foreach");
    if (!isNonEmptyArray(foreach)) {
      return null;
    }
    ArrayNode entries = JsonNodeFactory.instance.arrayNode();
    for (JsonNode entry : foreach) {
      ObjectNode moved = object();
      if (isNonEmptyString(present(entry, "list"))) {
        moved.set("list", entry.get("list").deepCopy());
      }
      if (isNonEmptyArray(present(entry, "context"))) {
        moved.set("context", entry.get("context").deepCopy());
      }
      if (present(entry, "preconditions") != null) {
        moved.set("preconditions", entry.get("preconditions").deepCopy());
      }
      moved.set("patchStrategicMerge", template.wrap(present(entry, "patchStrategicMerge")));
      entries.add(moved);
    }
    ObjectNode moved = object();
    moved.set("foreach", entries);
    return moved;
  }

  /**
   * In Kyverno's order: pattern, deny, podSecurity, anyPattern, foreach (patterns wrapped, the
   * message's references shifted), then cel (kept whole) and assert (its object/oldObject wrapped).
   */
  static ObjectNode validate(JsonNode validate, Template template) {
    if (present(validate, "pattern") != null) {
      ObjectNode moved = common(validate, template, "pattern");
      moved.set("pattern", template.wrap(validate.get("pattern")));
      return moved;
    }
    if (present(validate, "deny") != null) {
      ObjectNode moved = common(validate, template, "deny");
      moved.set("deny", validate.get("deny").deepCopy());
      return moved;
    }
    if (present(validate, "podSecurity") != null) {
      ObjectNode moved = common(validate, template, "podSecurity");
      moved.set("podSecurity", podSecurity(validate.get("podSecurity")));
      return moved;
    }
    if (present(validate, "anyPattern") != null) {
      ObjectNode moved = common(validate, template, "anyPattern");
      ArrayNode patterns = JsonNodeFactory.instance.arrayNode();
      if (validate.get("anyPattern").isArray()) {
        validate.get("anyPattern").forEach(pattern -> patterns.add(template.wrap(pattern)));
      }
      moved.set("anyPattern", patterns);
      return moved;
    }
    if (isNonEmptyArray(present(validate, "foreach"))) {
      ObjectNode moved = common(validate, template, "pattern");
      moved.set("foreach", validate.get("foreach").deepCopy());
      return moved;
    }
    if (present(validate, "cel") != null) {
      return (ObjectNode) validate.deepCopy();
    }
    if (present(validate, "assert") != null) {
      ObjectNode moved = (ObjectNode) validate.deepCopy();
      moved.set("assert", assertion(validate.get("assert"), template));
      return moved;
    }
    return null;
  }

  /** Message (references shifted past {@code pivot}), failure action and its overrides, allowExistingViolations. */
  private static ObjectNode common(JsonNode validate, Template template, String pivot) {
    ObjectNode moved = object();
    JsonNode message = present(validate, "message");
    if (isNonEmptyString(message)) {
      moved.put("message", ReferenceShift.shift(message.stringValue(), template.referenceShift(), pivot));
    }
    if (present(validate, "failureAction") != null) {
      moved.set("failureAction", validate.get("failureAction").deepCopy());
    }
    if (isNonEmptyArray(present(validate, "failureActionOverrides"))) {
      moved.set("failureActionOverrides", validate.get("failureActionOverrides").deepCopy());
    }
    if (present(validate, "allowExistingViolations") != null) {
      moved.set("allowExistingViolations", validate.get("allowExistingViolations").deepCopy());
    }
    return moved;
  }

  private static ObjectNode podSecurity(JsonNode podSecurity) {
    ObjectNode moved = object();
    for (String field : new String[] {"level", "version"}) {
      if (isNonEmptyString(present(podSecurity, field))) {
        moved.set(field, podSecurity.get(field).deepCopy());
      }
    }
    if (isNonEmptyArray(present(podSecurity, "exclude"))) {
      moved.set("exclude", podSecurity.get("exclude").deepCopy());
    }
    return moved;
  }

  /** An assert tree checks {@code object} and {@code oldObject}; both move under the template. */
  private static JsonNode assertion(JsonNode tree, Template template) {
    if (!tree.isObject()) {
      return tree.deepCopy();
    }
    ObjectNode moved = (ObjectNode) tree.deepCopy();
    for (String root : new String[] {"object", "oldObject"}) {
      if (tree.get(root) != null && tree.get(root).isObject()) {
        moved.set(root, template.wrap(tree.get(root)));
      }
    }
    return moved;
  }
}
