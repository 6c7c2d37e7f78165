package io.bulwark.engine.mutate.patch;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RFC 6902 operations that turn one document into another, kept small: objects are compared
 * member by member; arrays are aligned by a shortest edit script (after trimming a common prefix
 * and suffix), so an inserted or removed element costs one operation and the others stay put;
 * anything else that differs is replaced. Equality is {@link JsonValues#equal}.
 */
final class JsonDiff {

  /** Above this many element pairs, arrays are compared by position instead of aligned. */
  static final long MAX_EDIT_CELLS = 1_000_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ArrayNode operations = NODES.arrayNode();

  private JsonDiff() {}

  static ArrayNode diff(JsonNode from, JsonNode to) {
    var diff = new JsonDiff();
    diff.compare(from, to, "");
    return diff.operations;
  }

  private void compare(JsonNode from, JsonNode to, String path) {
    if (JsonValues.equal(from, to)) {
      return;
    }
    if (from.isObject() && to.isObject()) {
      compareObjects(from, to, path);
    } else if (from.isArray() && to.isArray()) {
      compareArrays(from, to, path);
    } else {
      operation("replace", path, to);
    }
  }

  private void compareObjects(JsonNode from, JsonNode to, String path) {
    for (Map.Entry<String, JsonNode> member : from.properties()) {
      String child = path + "/" + JsonPointer.escape(member.getKey());
      JsonNode target = to.get(member.getKey());
      if (target == null) {
        operation("remove", child, null);
      } else {
        compareChild(member.getValue(), target, child);
      }
    }
    for (Map.Entry<String, JsonNode> member : to.properties()) {
      if (!from.has(member.getKey())) {
        operation("add", path + "/" + JsonPointer.escape(member.getKey()), member.getValue());
      }
    }
  }

  /**
   * Trims the common prefix and suffix, then edits the middle along a shortest edit script
   * (Levenshtein: keep, change, remove or add one element at a time). Invariant of the walk: the
   * array reads {@code to[..y) ++ from[x..)}, so {@code from[x]} sits at index {@code y}.
   */
  private void compareArrays(JsonNode from, JsonNode to, String path) {
    int fromSize = from.size();
    int toSize = to.size();
    int prefix = 0;
    while (prefix < fromSize && prefix < toSize && JsonValues.equal(from.get(prefix), to.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < fromSize - prefix && suffix < toSize - prefix
        && JsonValues.equal(from.get(fromSize - 1 - suffix), to.get(toSize - 1 - suffix))) {
      suffix++;
    }
    int rows = fromSize - suffix - prefix;
    int columns = toSize - suffix - prefix;
    if ((long) (rows + 1) * (columns + 1) > MAX_EDIT_CELLS) {
      positional(from, prefix, fromSize - suffix, to, prefix, toSize - suffix, path);
      return;
    }
    var middle = new Middle(from, prefix, rows, to, prefix, columns);
    int[] distance = middle.distances();
    int width = columns + 1;
    int x = 0;
    int y = 0;
    while (x < rows || y < columns) {
      int here = distance[x * width + y];
      if (x < rows && y < columns && middle.equal(x, y) && here == distance[(x + 1) * width + y + 1]) {
        x++;
        y++;
      } else if (x < rows && y < columns && here == distance[(x + 1) * width + y + 1] + 1) {
        compareChild(from.get(prefix + x), to.get(prefix + y), path + "/" + (prefix + y));
        x++;
        y++;
      } else if (x < rows && here == distance[(x + 1) * width + y] + 1) {
        operation("remove", path + "/" + (prefix + y), null);
        x++;
      } else {
        operation("add", path + "/" + (prefix + y), to.get(prefix + y));
        y++;
      }
    }
  }

  /** Element by element, then the extra ones removed or added: for arrays too long to align. */
  private void positional(JsonNode from, int i, int fromEnd, JsonNode to, int j, int toEnd, String path) {
    int removed = fromEnd - i;
    int added = toEnd - j;
    int paired = Math.min(removed, added);
    for (int k = 0; k < paired; k++) {
      compareChild(from.get(i + k), to.get(j + k), path + "/" + (j + k));
    }
    for (int k = paired; k < removed; k++) {
      operation("remove", path + "/" + (j + paired), null);
    }
    for (int k = paired; k < added; k++) {
      operation("add", path + "/" + (j + k), to.get(j + k));
    }
  }

  /**
   * Two values at the same path: their own diff, unless that takes more operations than the new
   * value has members, when one {@code replace} says it more briefly.
   */
  private void compareChild(JsonNode from, JsonNode to, String path) {
    int before = operations.size();
    compare(from, to, path);
    int written = operations.size() - before;
    if (written > 1 && written > to.size()) {
      while (operations.size() > before) {
        operations.remove(operations.size() - 1);
      }
      operation("replace", path, to);
    }
  }

  /** The parts of two arrays between their common prefix and suffix, with element hashes. */
  private static final class Middle {
    private final JsonNode from;
    private final int fromStart;
    private final int rows;
    private final JsonNode to;
    private final int toStart;
    private final int columns;
    private final int[] fromHashes;
    private final int[] toHashes;

    Middle(JsonNode from, int fromStart, int rows, JsonNode to, int toStart, int columns) {
      this.from = from;
      this.fromStart = fromStart;
      this.rows = rows;
      this.to = to;
      this.toStart = toStart;
      this.columns = columns;
      this.fromHashes = hashes(from, fromStart, rows);
      this.toHashes = hashes(to, toStart, columns);
    }

    boolean equal(int x, int y) {
      return fromHashes[x] == toHashes[y] && JsonValues.equal(from.get(fromStart + x), to.get(toStart + y));
    }

    /**
     * {@code d[x * (columns + 1) + y]}: the fewest single-element edits (change, remove, add) that
     * turn {@code from[x..]} into {@code to[y..]} (both within the middle).
     */
    int[] distances() {
      int width = columns + 1;
      int[] d = new int[(rows + 1) * width];
      for (int x = rows; x >= 0; x--) {
        for (int y = columns; y >= 0; y--) {
          if (x == rows || y == columns) {
            d[x * width + y] = (rows - x) + (columns - y);
          } else if (equal(x, y)) {
            d[x * width + y] = d[(x + 1) * width + y + 1];
          } else {
            int change = d[(x + 1) * width + y + 1];
            int remove = d[(x + 1) * width + y];
            int add = d[x * width + y + 1];
            d[x * width + y] = 1 + Math.min(change, Math.min(remove, add));
          }
        }
      }
      return d;
    }
  }

  private static int[] hashes(JsonNode array, int start, int count) {
    int[] hashes = new int[count];
    for (int k = 0; k < count; k++) {
      hashes[k] = JsonValues.hash(array.get(start + k));
    }
    return hashes;
  }

  private void operation(String op, String path, JsonNode value) {
    ObjectNode operation = operations.addObject();
    operation.put("op", op);
    operation.put("path", path);
    if (value != null) {
      operation.set("value", value.deepCopy());
    }
  }
}
