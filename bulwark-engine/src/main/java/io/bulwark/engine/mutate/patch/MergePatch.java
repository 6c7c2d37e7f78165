package io.bulwark.engine.mutate.patch;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7386 JSON merge patch. A patch object merges member by member, a null member removes, and
 * anything that is not an object replaces the target whole; so a merge patch cannot set a member
 * to null, and {@code apply(a, diff(a, b))} gives back {@code b} for documents without nulls.
 * Stateless and thread-safe; arguments are never changed and results share nothing with them.
 */
public final class MergePatch {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MergePatch() {}

  /**
   * The merge patch that turns {@code from} into {@code to}: {@code {}} when they are equal
   * objects; {@code to} itself when either is not an object (only a whole value replaces those).
   */
  public static JsonNode diff(JsonNode from, JsonNode to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isObject() && to.isObject()) {
      return objectDiff(from, to);
    }
    return to.deepCopy();
  }

  /** {@code target} with {@code patch} merged in. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(patch, "patch");
    return merge(target, patch);
  }

  private static ObjectNode objectDiff(JsonNode from, JsonNode to) {
    ObjectNode patch = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : from.properties()) {
      JsonNode target = to.get(member.getKey());
      if (target == null) {
        patch.putNull(member.getKey());
      } else if (!JsonValues.equal(member.getValue(), target)) {
        patch.set(member.getKey(), member.getValue().isObject() && target.isObject()
            ? objectDiff(member.getValue(), target)
            : target.deepCopy());
      }
    }
    for (Map.Entry<String, JsonNode> member : to.properties()) {
      if (!from.has(member.getKey())) {
        patch.set(member.getKey(), member.getValue().deepCopy());
      }
    }
    return patch;
  }

  /**
   * RFC 7386's MergePatch(Target, Patch), building a new tree; {@code target} may be null (absent).
   * Members keep the target's order; new ones follow in the patch's order.
   */
  private static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result = NODES.objectNode();
    if (target != null && target.isObject()) {
      for (Map.Entry<String, JsonNode> member : target.properties()) {
        JsonNode change = patch.get(member.getKey());
        if (change == null) {
          result.set(member.getKey(), member.getValue().deepCopy());
        } else if (!change.isNull()) {
          result.set(member.getKey(), merge(member.getValue(), change));
        }
      }
    }
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      boolean inTarget = target != null && target.isObject() && target.has(member.getKey());
      if (!inTarget && !member.getValue().isNull()) {
        result.set(member.getKey(), merge(null, member.getValue()));
      }
    }
    return result;
  }
}
