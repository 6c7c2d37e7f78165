package io.bulwark.engine.mutate;

import io.bulwark.engine.mutate.patch.JsonPatch;
import io.bulwark.engine.mutate.patch.StrategicMergePatch;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Applies the patch of a mutate block or of a foreach entry, variables already substituted:
 * {@code patchStrategicMerge} when present, else {@code patchesJson6902} (Kyverno's order). The
 * outcome is an error when the block has neither or the patch cannot apply ({@code failed to patch
 * resource: ...}), unchanged ({@code no patches applied}) when the patched object equals the input
 * (Kyverno compares the serialized objects, so {@code 1} and {@code 1.0} are the same), else
 * changed. The input is never modified.
 */
final class Patches {

  private Patches() {}

  static Step apply(JsonNode block, JsonNode resource) {
    JsonNode strategic = block.get("patchStrategicMerge");
    JsonNode json6902 = block.get("patchesJson6902");
    boolean hasStrategic = strategic != null && !strategic.isNull();
    boolean hasJson6902 = json6902 != null && !json6902.isNull()
        && !(json6902.isString() && json6902.stringValue().isEmpty());
    if (!hasStrategic && !hasJson6902) {
      return Step.error("empty mutate rule", null);
    }
    if (!hasStrategic && !json6902.isString()) {
      // Kyverno decodes the substituted rule into its typed form, where this field is a string.
      return Step.error("variable substitution failed", "patchesJson6902 must be a string, got " + json6902);
    }
    JsonNode patched;
    try {
      patched = hasStrategic
          ? StrategicMergePatch.apply(resource, strategic)
          : JsonPatch.apply(resource, JsonPatch.parse(json6902.stringValue()));
    } catch (RuntimeException e) {
      // PatchException says what is wrong and where; anything else is reported the same way, as a
      // rule error, rather than taking the other rules down.
      return Step.error("failed to patch resource", String.valueOf(e.getMessage()));
    }
    return same(patched, resource) ? Step.unchanged(resource) : Step.changed(patched);
  }

  /** Equal as serialized JSON: same structure and keys, numbers compared by value. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.isNumber() && b.isNumber() && finite(a) && finite(b)) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> entry : a.properties()) {
        if (!same(entry.getValue(), b.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<JsonNode> other = b.values().iterator();
      for (JsonNode element : a.values()) {
        if (!same(element, other.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static boolean finite(JsonNode number) {
    return !number.isFloatingPointNumber() || Double.isFinite(number.doubleValue());
  }
}
