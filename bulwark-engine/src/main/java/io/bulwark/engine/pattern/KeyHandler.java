package io.bulwark.engine.pattern;

import io.bulwark.api.problem.FieldPath;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one pattern key requires of a resource map (Kyverno's anchor handlers). Failure paths and
 * messages are Kyverno's, including its quirks: a missing {@code "*"} field is reported at the
 * parent path, and an add-if-not-present anchor {@code +(key)} is looked up literally, since it
 * means nothing to validation.
 */
final class KeyHandler {

  private KeyHandler() {}

  static Optional<Failure> handle(
      Walk walk, KeyOrder.Key key, JsonNode pattern, ObjectNode resource, FieldPath path) {
    Anchor anchor = key.anchor();
    if (anchor == null || anchor.type() == Anchor.Type.ADD_IF_NOT_PRESENT) {
      return plainKey(walk, key, pattern, resource, path);
    }
    FieldPath at = path.child(anchor.key());
    JsonNode value = resource.get(anchor.key());
    return switch (anchor.type()) {
      case CONDITION ->
          value == null
              ? Optional.of(Failure.missingConditionKey(at))
              : walk.element(value, pattern, key.value(), at).map(Failure::asCondition);
      case GLOBAL ->
          value == null
              ? Optional.empty()
              : walk.element(value, pattern, key.value(), at).map(Failure::asGlobal);
      case NEGATION -> value == null ? Optional.empty() : Optional.of(Failure.negation(at));
      case EQUALITY -> value == null ? Optional.empty() : walk.element(value, pattern, key.value(), at);
      case EXISTENCE -> value == null ? Optional.empty() : existence(walk, value, pattern, key.value(), at);
      case ADD_IF_NOT_PRESENT -> throw new IllegalStateException("handled as a plain key");
    };
  }

  private static Optional<Failure> plainKey(
      Walk walk, KeyOrder.Key patternKey, JsonNode pattern, ObjectNode resource, FieldPath path) {
    String key = patternKey.text();
    JsonNode value = resource.get(key);
    if (pattern.isString() && pattern.stringValue().equals("*")) {
      if (GoKind.of(value) != GoKind.NIL) {
        return Optional.empty();
      }
      return Optional.of(
          Failure.mismatch(path, path.kyvernoResourcePath() + "/" + key + " not found"));
    }
    return walk.element(value, pattern, patternKey.value(), path.child(key));
  }

  /** Every map in the pattern list must match at least one element of the resource list. */
  private static Optional<Failure> existence(
      Walk walk, JsonNode value, JsonNode pattern, Shape shape, FieldPath at) {
    if (GoKind.of(value) != GoKind.SLICE) {
      return mismatch(
          at,
          "invalid resource type "
              + GoFormat.typeName(value)
              + ": Existence ^ () anchor can be used only on list/array type resource");
    }
    if (GoKind.of(pattern) != GoKind.SLICE) {
      return mismatch(
          at,
          "invalid pattern type "
              + GoFormat.typeName(pattern)
              + ": Pattern has to be of list to compare against resource");
    }
    for (int j = 0; j < pattern.size(); j++) {
      JsonNode wanted = pattern.get(j);
      if (GoKind.of(wanted) != GoKind.MAP) {
        return mismatch(
            at,
            "invalid pattern type "
                + GoFormat.typeName(pattern)
                + ": Pattern has to be of type map to compare against items in resource");
      }
      if (!anyElementMatches(walk, value, wanted, Shape.element(shape, j), at)) {
        return mismatch(
            at, "existence anchor validation failed at path " + at.kyvernoResourcePath());
      }
    }
    return Optional.empty();
  }

  private static boolean anyElementMatches(
      Walk walk, JsonNode list, JsonNode wanted, Shape shape, FieldPath at) {
    for (int i = 0; i < list.size(); i++) {
      // Why an element failed is deliberately dropped: even a skip is just "not this one".
      if (walk.element(list.get(i), wanted, shape, at.index(i)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Failure> mismatch(FieldPath at, String message) {
    return Optional.of(Failure.mismatch(at, message));
  }
}
