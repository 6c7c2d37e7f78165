package io.bulwark.engine.mutate.patch;

import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies checked operations to a private copy of a document, with the options Kyverno gives
 * evanphx/json-patch v5: {@code SupportNegativeIndices}, {@code AllowMissingPathOnRemove} and
 * {@code EnsurePathExistsOnAdd}. What that means, operation by operation:
 *
 * <ul>
 *   <li>Parents are walked member by member; an array index is Go integer text, and {@code -n}
 *       counts from the end. A parent that is absent, null or not an object or array is missing.
 *   <li>{@code add} first creates missing parents: an array when the next token is an index or
 *       {@code -} (with that many nulls in it; of negative indices only {@code -1} is allowed,
 *       as 0), an object otherwise; a missing array element past the end pads the array with
 *       nulls. A null parent is replaced (in an object) or pushed right (in an array). Then it
 *       inserts: {@code -} or the length appends, {@code -1} also appends.
 *   <li>{@code remove} of a missing member, of an index out of range, or under a missing parent
 *       does nothing; a token that is not an index in an array is an error.
 *   <li>{@code replace}, {@code move}, {@code copy} and {@code test} need their paths to exist
 *       ({@code move}/{@code copy} only their parent at the destination); {@code test} of an
 *       absent or null value passes only against null.
 * </ul>
 *
 * <p>Where Go's library has accidents, this follows the RFC instead: a path must be a JSON
 * pointer (Go ignores the first token of a path without a leading slash), and tokens are decoded
 * before missing parents are created under them (Go creates {@code a~1b} literally, then fails).
 */
final class PatchApplier {

  /** Padding larger than this is refused rather than filling memory with nulls. */
  static final int MAX_PADDING = 10_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNode root;

  private PatchApplier(JsonNode root) {
    this.root = root;
  }

  /** {@code resource} with {@code operations} applied in order; {@code resource} is not changed. */
  static JsonNode apply(JsonNode resource, List<PatchOperation> operations) {
    var applier = new PatchApplier(resource.deepCopy());
    for (PatchOperation operation : operations) {
      applier.apply(operation);
    }
    return applier.root;
  }

  private void apply(PatchOperation operation) {
    switch (operation.op()) {
      case ADD -> add(operation);
      case REMOVE -> remove(operation);
      case REPLACE -> replace(operation);
      case MOVE -> move(operation);
      case COPY -> copy(operation);
      case TEST -> test(operation);
    }
  }

  private void add(PatchOperation operation) {
    JsonPointer path = operation.path();
    if (path.isRoot()) {
      root = wholeDocument(operation);
      return;
    }
    ensureParents(operation);
    JsonNode parent = parent(path);
    if (parent == null) {
      throw fail(operation, "path not found");
    }
    insert(operation, parent, path.last(), operation.value().deepCopy());
  }

  private void remove(PatchOperation operation) {
    JsonPointer path = operation.path();
    if (path.isRoot()) {
      return; // Kyverno allows removing what is missing, and Go's library finds no member "" here.
    }
    JsonNode parent = parent(path);
    if (parent instanceof ObjectNode object) {
      object.remove(path.last());
    } else if (parent instanceof ArrayNode array) {
      long index = arrayIndex(operation, path.last());
      if (index >= array.size() || index < -array.size()) {
        return;
      }
      array.remove((int) (index < 0 ? index + array.size() : index));
    }
  }

  private void replace(PatchOperation operation) {
    JsonPointer path = operation.path();
    if (path.isRoot()) {
      root = wholeDocument(operation);
      return;
    }
    JsonNode parent = parent(path);
    if (parent instanceof ObjectNode object && object.has(path.last())) {
      object.set(path.last(), operation.value().deepCopy());
    } else if (parent instanceof ArrayNode array) {
      array.set(existingIndex(operation, array, path.last()), operation.value().deepCopy());
    } else {
      throw fail(operation, "path not found");
    }
  }

  private void move(PatchOperation operation) {
    JsonPointer from = operation.from().orElseThrow();
    if (from.isRoot()) {
      throw fail(operation, "cannot move the whole document");
    }
    JsonNode value = take(operation, from);
    JsonNode parent = destination(operation);
    insert(operation, parent, operation.path().last(), value);
  }

  private void copy(PatchOperation operation) {
    JsonPointer from = operation.from().orElseThrow();
    JsonNode value = from.isRoot() ? root : existing(operation, from);
    JsonNode parent = destination(operation);
    insert(operation, parent, operation.path().last(), value.deepCopy());
  }

  private void test(PatchOperation operation) {
    JsonPointer path = operation.path();
    JsonNode actual;
    if (path.isRoot()) {
      actual = root;
    } else {
      JsonNode parent = parent(path);
      if (parent instanceof ObjectNode object) {
        actual = object.get(path.last());
      } else if (parent instanceof ArrayNode array) {
        actual = array.get(existingIndex(operation, array, path.last()));
      } else {
        throw fail(operation, "path not found");
      }
    }
    JsonNode expected = operation.value();
    boolean absent = actual == null || actual.isNull();
    if (absent ? !expected.isNull() : expected.isNull() || !JsonValues.equal(actual, expected)) {
      throw fail(operation, "test failed: the value is " + (actual == null ? "absent" : shorten(actual.toString()))
          + ", not " + shorten(expected.toString()));
    }
  }

  /** The new document of an {@code add} or {@code replace} of the root, which must be a container. */
  private static JsonNode wholeDocument(PatchOperation operation) {
    JsonNode value = operation.value();
    if (!value.isObject() && !value.isArray()) {
      throw fail(operation, "the whole document can only be replaced by an object or an array, not "
          + JsonValues.typeName(value));
    }
    return value.deepCopy();
  }

  /** The value at {@code from}, detached from the document. */
  private JsonNode take(PatchOperation operation, JsonPointer from) {
    JsonNode value = existing(operation, from);
    JsonNode parent = parent(from);
    if (parent instanceof ObjectNode object) {
      object.remove(from.last());
    } else {
      ArrayNode array = (ArrayNode) parent;
      array.remove(existingIndex(operation, array, from.last()));
    }
    return value;
  }

  /** The value at {@code from}, which must exist (a null value exists). */
  private JsonNode existing(PatchOperation operation, JsonPointer from) {
    JsonNode parent = parent(from);
    if (parent instanceof ObjectNode object && object.has(from.last())) {
      return object.get(from.last());
    }
    if (parent instanceof ArrayNode array && isIndex(from.last())) {
      long index = JsonPointer.index(from.last()).getAsLong();
      if (index < array.size() && index >= -array.size()) {
        return array.get((int) (index < 0 ? index + array.size() : index));
      }
    }
    throw fail(operation, "from path " + from.text() + " not found");
  }

  /** The parent of a {@code move} or {@code copy} destination, which must exist. */
  private JsonNode destination(PatchOperation operation) {
    if (operation.path().isRoot()) {
      throw fail(operation, "cannot " + operation.op().label() + " to the whole document");
    }
    JsonNode parent = parent(operation.path());
    if (parent == null) {
      throw fail(operation, "path not found");
    }
    return parent;
  }

  /**
   * The object or array the last token of {@code path} is looked up in, or null when a parent is
   * missing: absent, null, out of range, or a scalar.
   */
  private JsonNode parent(JsonPointer path) {
    JsonNode node = root;
    List<String> tokens = path.tokens();
    for (int i = 0; i < tokens.size() - 1 && node != null; i++) {
      node = child(node, tokens.get(i));
    }
    return node != null && (node.isObject() || node.isArray()) ? node : null;
  }

  /** A member or element of {@code container}; null when absent, null, or not a container. */
  private static JsonNode child(JsonNode container, String token) {
    JsonNode child = null;
    if (container.isObject()) {
      child = container.get(token);
    } else if (container.isArray()) {
      OptionalLong index = JsonPointer.index(token);
      int size = container.size();
      if (index.isPresent() && index.getAsLong() < size && index.getAsLong() >= -size) {
        child = container.get((int) (index.getAsLong() < 0 ? index.getAsLong() + size : index.getAsLong()));
      }
    }
    return child == null || child.isNull() ? null : child;
  }

  /** EnsurePathExistsOnAdd: creates the missing parents of an {@code add} path. */
  private void ensureParents(PatchOperation operation) {
    List<String> tokens = operation.path().tokens();
    JsonNode node = root;
    if (!node.isObject() && !node.isArray()) {
      throw fail(operation, "path not found: the document is " + JsonValues.typeName(node));
    }
    for (int i = 0; i < tokens.size() - 1; i++) {
      String token = tokens.get(i);
      JsonNode next = child(node, token);
      if (next == null) {
        if (node instanceof ArrayNode array) {
          pad(operation, array, JsonPointer.index(token).orElse(-1));
        }
        next = emptyParentFor(operation, tokens.get(i + 1));
        insert(operation, node, token, next);
      } else if (!next.isObject() && !next.isArray()) {
        throw fail(operation, operation.path().prefix(i + 1) + " is " + JsonValues.typeName(next)
            + ", not an object or array");
      }
      node = next;
    }
  }

  /** An array (with nulls up to the index) when {@code following} is an index or "-", else an object. */
  private static JsonNode emptyParentFor(PatchOperation operation, String following) {
    OptionalLong index = JsonPointer.index(following);
    if (index.isEmpty() && !following.equals("-")) {
      return NODES.objectNode();
    }
    long size = index.orElse(0);
    if (size < -1) {
      throw fail(operation, "cannot create an array for index " + size + ": of negative indices only -1 is allowed");
    }
    ArrayNode array = NODES.arrayNode();
    pad(operation, array, size);
    return array;
  }

  /** Appends nulls to {@code array} until it has {@code size} elements. */
  private static void pad(PatchOperation operation, ArrayNode array, long size) {
    if (size - array.size() > MAX_PADDING) {
      throw fail(operation, "index " + size + " would pad the array with more than " + MAX_PADDING + " nulls");
    }
    while (array.size() < size) {
      array.addNull();
    }
  }

  /** Adds {@code value} as member {@code token} of an object, or inserts it at index {@code token} of an array. */
  private static void insert(PatchOperation operation, JsonNode container, String token, JsonNode value) {
    if (container instanceof ObjectNode object) {
      object.set(token, value);
      return;
    }
    ArrayNode array = (ArrayNode) container;
    if (token.equals("-")) {
      array.add(value);
      return;
    }
    long index = arrayIndex(operation, token);
    int size = array.size();
    if (index > size || index < -(size + 1)) {
      throw fail(operation, "index " + token + " is out of range for an array of " + size + " elements");
    }
    array.insert((int) (index < 0 ? index + size + 1 : index), value);
  }

  /** The index of an element {@code token} names, which must exist. */
  private static int existingIndex(PatchOperation operation, ArrayNode array, String token) {
    long index = arrayIndex(operation, token);
    int size = array.size();
    if (index >= size || index < -size) {
      throw fail(operation, "index " + token + " is out of range for an array of " + size + " elements");
    }
    return (int) (index < 0 ? index + size : index);
  }

  private static long arrayIndex(PatchOperation operation, String token) {
    return JsonPointer.index(token)
        .orElseThrow(() -> fail(operation, "\"" + token + "\" is not an array index"));
  }

  private static boolean isIndex(String token) {
    return JsonPointer.index(token).isPresent();
  }

  private static String shorten(String json) {
    return json.length() <= 80 ? json : json.substring(0, 77) + "...";
  }

  private static PatchException fail(PatchOperation operation, String what) {
    return new PatchException(operation.label() + ": " + what);
  }
}
