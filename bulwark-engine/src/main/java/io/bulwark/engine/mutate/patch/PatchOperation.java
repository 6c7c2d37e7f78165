package io.bulwark.engine.mutate.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;

/**
 * One checked RFC 6902 operation of a {@code patchesJson6902} list.
 *
 * @param index its position in the list, for messages
 * @param from the source of {@code move} and {@code copy}; empty for the others
 * @param value the value of {@code add}, {@code replace} and {@code test} (a {@link NullNode} when
 *     a {@code test} has none, which evanphx/json-patch compares as null); NullNode for the others
 */
record PatchOperation(int index, Op op, JsonPointer path, Optional<JsonPointer> from, JsonNode value) {

  /** The six RFC 6902 operations. */
  enum Op {
    ADD,
    REMOVE,
    REPLACE,
    MOVE,
    COPY,
    TEST;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean needsValue() {
      return this == ADD || this == REPLACE;
    }

    boolean needsFrom() {
      return this == MOVE || this == COPY;
    }

    static Optional<Op> of(String name) {
      for (Op op : values()) {
        if (op.label().equals(name)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Every operation of {@code operations}, checked as evanphx/json-patch's DecodePatch checks them:
   * each is an object with a known {@code op} and a string {@code path}; {@code add} and {@code
   * replace} have a {@code value} (null is one), {@code move} and {@code copy} a string {@code
   * from}. Other fields are ignored. Paths must also be JSON pointers (empty, or starting with
   * {@code /}), which Go's library does not check.
   *
   * @throws PatchException naming the first operation that is not valid
   */
  static List<PatchOperation> readAll(ArrayNode operations) {
    var read = new ArrayList<PatchOperation>(operations.size());
    for (int i = 0; i < operations.size(); i++) {
      read.add(read(i, operations.get(i)));
    }
    return read;
  }

  private static PatchOperation read(int index, JsonNode node) {
    String at = "patchesJson6902[" + index + "]";
    if (!node.isObject()) {
      throw new PatchException(at + ": an operation must be an object, not " + JsonValues.typeName(node));
    }
    JsonNode opNode = node.get("op");
    if (opNode == null || opNode.isNull()) {
      throw new PatchException(at + ": missing \"op\"");
    }
    Op op = Optional.of(opNode).filter(JsonNode::isString).flatMap(o -> Op.of(o.stringValue()))
        .orElseThrow(() -> new PatchException(at + ": unsupported op " + opNode
            + " (expected add, remove, replace, move, copy or test)"));
    JsonPointer path = pointer(at + ": " + op.label(), "path", node.get("path"));
    String label = at + ": " + op.label() + " " + quoted(path);
    Optional<JsonPointer> from = Optional.empty();
    if (op.needsFrom()) {
      from = Optional.of(pointer(label, "from", node.get("from")));
    }
    JsonNode value = node.get("value");
    if (value == null) {
      if (op.needsValue()) {
        throw new PatchException(label + ": missing \"value\"");
      }
      value = NullNode.getInstance();
    }
    return new PatchOperation(index, op, path, from, op.needsValue() || op == Op.TEST ? value
        : NullNode.getInstance());
  }

  private static JsonPointer pointer(String label, String field, JsonNode node) {
    if (node == null || node.isNull()) {
      throw new PatchException(label + ": missing \"" + field + "\"");
    }
    if (!node.isString()) {
      throw new PatchException(label + ": \"" + field + "\" must be a string, not " + JsonValues.typeName(node));
    }
    String text = node.stringValue();
    return JsonPointer.parse(text).orElseThrow(() -> new PatchException(label + ": " + field + " \"" + text
        + "\" is not a JSON pointer: it must be empty or start with '/'"));
  }

  /** {@code patchesJson6902[1]: replace /spec/x}: how messages about this operation begin. */
  String label() {
    return "patchesJson6902[" + index + "]: " + op.label() + " " + quoted(path);
  }

  private static String quoted(JsonPointer pointer) {
    return pointer.isRoot() ? "\"\"" : pointer.text();
  }
}
