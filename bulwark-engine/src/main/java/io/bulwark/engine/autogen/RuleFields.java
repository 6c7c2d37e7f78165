package io.bulwark.engine.autogen;

import static io.bulwark.engine.autogen.Trees.isNonEmptyArray;
import static io.bulwark.engine.autogen.Trees.isNonEmptyObject;
import static io.bulwark.engine.autogen.Trees.object;
import static io.bulwark.engine.autogen.Trees.present;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields a generated rule keeps, as Kyverno's intermediate {@code kyvernoRule} keeps them:
 * name, match, exclude, celPreconditions, context, preconditions, mutate, validate, verifyImages,
 * skipBackgroundRequests and reportProperties, each only when non-empty. Anything else
 * ({@code imageExtractors}, unknown keys) is dropped.
 */
final class RuleFields {

  private RuleFields() {}

  static ObjectNode keep(ObjectNode rule) {
    ObjectNode kept = object();
    kept.set("name", rule.get("name").deepCopy());
    JsonNode match = present(rule, "match");
    kept.set("match", match == null ? NullNode.getInstance() : match.deepCopy());
    copyIf(rule, kept, "exclude", isNonEmptyObject(present(rule, "exclude")));
    copyIf(rule, kept, "celPreconditions", isNonEmptyArray(present(rule, "celPreconditions")));
    copyIf(rule, kept, "context", isNonEmptyArray(present(rule, "context")));
    copyIf(rule, kept, "preconditions", hasConditions(present(rule, "preconditions")));
    copyIf(rule, kept, "mutate", isNonEmptyObject(present(rule, "mutate")));
    copyIf(rule, kept, "validate", isNonEmptyObject(present(rule, "validate")));
    copyIf(rule, kept, "verifyImages", isNonEmptyArray(present(rule, "verifyImages")));
    copyIf(rule, kept, "skipBackgroundRequests", present(rule, "skipBackgroundRequests") != null);
    copyIf(rule, kept, "reportProperties", isNonEmptyObject(present(rule, "reportProperties")));
    return kept;
  }

  /** Preconditions count when given as any/all (even empty lists) or as a non-empty legacy list. */
  private static boolean hasConditions(JsonNode preconditions) {
    if (preconditions == null) {
      return false;
    }
    if (preconditions.isArray()) {
      return !preconditions.isEmpty();
    }
    return present(preconditions, "any") != null || present(preconditions, "all") != null;
  }

  private static void copyIf(ObjectNode from, ObjectNode to, String field, boolean condition) {
    if (condition) {
      to.set(field, from.get(field).deepCopy());
    }
  }
}
