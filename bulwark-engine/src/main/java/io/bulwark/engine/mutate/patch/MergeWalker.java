package io.bulwark.engine.mutate.patch;

import io.bulwark.api.problem.FieldPath;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * kustomize kyaml's {@code merge2.Merge} (the merge behind Kyverno's patchStrategicMerge), on
 * Jackson trees the caller owns: the resource ({@code dest}) is changed in place and patch nodes
 * are moved into it. The rules:
 *
 * <ul>
 *   <li>every field of either side is visited, in sorted order (so new fields are added in that
 *       order); a field that ends up null is removed, so a null in the patch deletes the field, and
 *       so does a null in the resource that the patch does not set;
 *   <li>a scalar in the patch replaces the resource's; lists are replaced by the patch's unless
 *       the {@link MergeSchema} of the place says they merge element by element ({@link
 *       AssociativeList});
 *   <li>{@code $patch: delete | replace | merge} in a patch map (or as the only field of an
 *       element of a merged list) deletes, replaces or merges the resource's value; {@code
 *       $retainKeys}, {@code $setElementOrder/...} and {@code $deleteFromPrimitiveList/...} mean
 *       nothing to kyaml and are merged as the plain fields they look like;
 *   <li>a map, list and scalar never merge with each other: that is a {@link PatchException}.
 * </ul>
 *
 * <p>The schema of a place is the one its parent knows, else the one of the object's own
 * apiVersion and kind (the resource's, then the patch's), as kyaml looks it up at every level.
 */
final class MergeWalker {

  private enum Shape { NONE, MAP, LIST, SCALAR }

  private MergeWalker() {}

  /** {@code dest} with {@code src} merged in: a node, or null when the result is to be removed. */
  static JsonNode merge(JsonNode dest, JsonNode src) {
    return walk(dest, src, null, FieldPath.root());
  }

  static JsonNode walk(JsonNode dest, JsonNode src, MergeSchema schema, FieldPath path) {
    if (schema == null) {
      schema = MergeSchema.ofObject(isMissingOrNull(dest) ? null : dest);
    }
    if (schema == null) {
      schema = MergeSchema.ofObject(isMissingOrNull(src) ? null : src);
    }
    return switch (shapeOf(dest, src, path)) {
      case NONE, MAP -> walkMap(dest, src, schema, path);
      case LIST -> schema != null && schema.mergesByKey()
          ? AssociativeList.walk(dest, src, schema, path)
          : src != null ? src : dest;
      case SCALAR -> src != null ? src : dest;
    };
  }

  private static JsonNode walkMap(JsonNode dest, JsonNode src, MergeSchema schema, FieldPath path) {
    JsonNode target;
    if (isMissingOrNull(dest)) {
      // Adding: kyaml ignores a directive it cannot read here, and keeps the text it could not read.
      if (Directive.readLenient(src) == Directive.DELETE) {
        return null;
      }
      target = src;
    } else {
      if (src != null && src.isNull()) {
        return null;
      }
      switch (Directive.read(src, path)) {
        case DELETE:
          return null;
        case REPLACE:
          return src;
        default:
          target = dest;
      }
    }
    if (!(target instanceof ObjectNode map)) {
      return target;
    }
    ObjectNode patch = src instanceof ObjectNode p ? p : null;
    TreeSet<String> names = new TreeSet<>(map.propertyNames());
    if (patch != null) {
      names.addAll(patch.propertyNames());
    }
    for (String name : names) {
      JsonNode value = walk(
          map.get(name),
          patch == null ? null : patch.get(name),
          schema == null ? null : schema.field(name),
          path.child(name));
      if (value == null || value.isNull()) {
        map.remove(name);
      } else {
        map.set(name, value);
      }
    }
    return map;
  }

  /** The kind of the first of the two that is neither missing nor null; the other must agree. */
  private static Shape shapeOf(JsonNode dest, JsonNode src, FieldPath path) {
    Shape destShape = shapeOf(dest);
    Shape srcShape = shapeOf(src);
    if (destShape != Shape.NONE && srcShape != Shape.NONE && destShape != srcShape) {
      throw new PatchException(
          "cannot merge the patch at "
              + where(path)
              + ": the resource has "
              + describe(destShape)
              + " there and the patch "
              + describe(srcShape));
    }
    return destShape != Shape.NONE ? destShape : srcShape;
  }

  private static Shape shapeOf(JsonNode node) {
    if (isMissingOrNull(node)) {
      return Shape.NONE;
    }
    return node.isObject() ? Shape.MAP : node.isArray() ? Shape.LIST : Shape.SCALAR;
  }

  private static String describe(Shape shape) {
    return switch (shape) {
      case MAP -> "a map";
      case LIST -> "a list";
      case SCALAR -> "a scalar";
      case NONE -> "nothing";
    };
  }

  static String where(FieldPath path) {
    return path.isRoot() ? "the root" : path.jsonPointer();
  }

  static boolean isMissingOrNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  static boolean isEmptyMap(JsonNode node) {
    return node != null && node.isObject() && node.isEmpty();
  }

  /**
   * A strategic merge patch directive, {@code $patch}, read from a patch node and then removed
   * from it, as kyaml does.
   */
  enum Directive {
    MERGE,
    REPLACE,
    DELETE,
    UNKNOWN;

    private static final String KEY = "$patch";

    /** The directive of a patch map or list; an unknown one is a {@link PatchException}. */
    static Directive read(JsonNode patch, FieldPath path) {
      Directive directive = readLenient(patch);
      if (directive == UNKNOWN) {
        throw new PatchException(
            "unknown patch strategy '" + text(patch) + "' at " + where(path) + " (expected merge, replace or delete)");
      }
      return directive;
    }

    /** As {@link #read}, where kyaml ignores what it cannot read (the value is then left as it is). */
    static Directive readLenient(JsonNode patch) {
      if (patch == null || patch.isMissingNode()) {
        return MERGE;
      }
      if (patch instanceof ObjectNode map) {
        JsonNode value = map.get(KEY);
        if (value == null) {
          return MERGE;
        }
        Directive directive = named(ScalarText.of(value));
        if (directive != UNKNOWN) {
          map.remove(KEY);
        }
        return directive;
      }
      if (patch instanceof ArrayNode list) {
        return readFromList(list);
      }
      return UNKNOWN;
    }

    /**
     * In a list, the directive is an element whose only field is {@code $patch}; the first
     * element with that field decides, and when it has other fields there is none.
     */
    private static Directive readFromList(ArrayNode list) {
      for (JsonNode element : list.values()) {
        if (!(element instanceof ObjectNode map) || !map.has(KEY)) {
          continue;
        }
        if (map.size() > 1) {
          return MERGE;
        }
        String value = ScalarText.of(map.get(KEY));
        Directive directive = named(value);
        if (directive != UNKNOWN) {
          AssociativeList.setElement(list, null, List.of(KEY), List.of(value), FieldPath.root());
        }
        return directive;
      }
      return MERGE;
    }

    private static Directive named(String value) {
      return switch (value) {
        case "merge" -> MERGE;
        case "replace" -> REPLACE;
        case "delete" -> DELETE;
        default -> UNKNOWN;
      };
    }

    private static String text(JsonNode patch) {
      if (patch instanceof ObjectNode map && map.has(KEY)) {
        return ScalarText.of(map.get(KEY));
      }
      if (patch instanceof ArrayNode list) {
        for (JsonNode element : list.values()) {
          if (element instanceof ObjectNode map && map.has(KEY)) {
            return ScalarText.of(map.get(KEY));
          }
        }
      }
      return ScalarText.of(patch);
    }
  }
}
