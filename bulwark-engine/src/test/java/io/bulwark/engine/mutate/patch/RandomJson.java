package io.bulwark.engine.mutate.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random JSON documents shaped a little like Kubernetes objects (small objects and arrays,
 * repeated keys and values, keys that need pointer escapes), and random single edits of them.
 */
final class RandomJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> KEYS = List.of("a", "b", "name", "spec", "kyverno.io/x", "a~b", "", "0", "-");
  private static final List<String> STRINGS = List.of("", "x", "y", "nginx:latest", "a/b", "~1", "true", "1");

  /** The kinds of single edit {@link #edit} makes. */
  enum Edit {
    SET_MEMBER,
    REMOVE_MEMBER,
    INSERT_ELEMENT,
    REMOVE_ELEMENT,
    SET_ELEMENT
  }

  private final Random random;
  private final boolean nulls;

  /** @param nulls whether null values may appear (merge patches cannot express them) */
  RandomJson(long seed, boolean nulls) {
    this.random = new Random(seed);
    this.nulls = nulls;
  }

  ObjectNode document() {
    return object(3);
  }

  /** A copy of {@code document} with {@code count} random edits. */
  JsonNode edited(JsonNode document, int count) {
    JsonNode copy = document.deepCopy();
    for (int i = 0; i < count; i++) {
      edit(copy, Edit.values()[random.nextInt(Edit.values().length)]);
    }
    return copy;
  }

  /**
   * Makes one edit of the given kind in a random container of {@code document} (in place), and
   * returns whether one was possible (an array to remove from, say).
   */
  boolean edit(JsonNode document, Edit kind) {
    return edit(document, kind, false);
  }

  /** As {@link #edit(JsonNode, Edit)}; with {@code scalars}, values set are never objects or arrays. */
  boolean edit(JsonNode document, Edit kind, boolean scalars) {
    int depth = scalars && (kind == Edit.SET_MEMBER || kind == Edit.SET_ELEMENT) ? 0 : 2;
    List<JsonNode> candidates = new ArrayList<>();
    collect(document, kind == Edit.SET_MEMBER || kind == Edit.REMOVE_MEMBER, candidates);
    if (kind == Edit.REMOVE_MEMBER || kind == Edit.REMOVE_ELEMENT || kind == Edit.SET_ELEMENT) {
      candidates.removeIf(node -> node.size() == 0);
    }
    if (candidates.isEmpty()) {
      return false;
    }
    JsonNode target = candidates.get(random.nextInt(candidates.size()));
    switch (kind) {
      case SET_MEMBER -> ((ObjectNode) target).set(pick(KEYS), value(depth));
      case REMOVE_MEMBER -> ((ObjectNode) target).remove(pick(List.copyOf(target.propertyNames())));
      case INSERT_ELEMENT -> ((ArrayNode) target).insert(random.nextInt(target.size() + 1), value(depth));
      case REMOVE_ELEMENT -> ((ArrayNode) target).remove(random.nextInt(target.size()));
      case SET_ELEMENT -> ((ArrayNode) target).set(random.nextInt(target.size()), value(depth));
    }
    return true;
  }

  private static void collect(JsonNode node, boolean objects, List<JsonNode> into) {
    if (objects ? node.isObject() : node.isArray()) {
      into.add(node);
    }
    for (JsonNode child : node) {
      collect(child, objects, into);
    }
  }

  private ObjectNode object(int depth) {
    ObjectNode object = NODES.objectNode();
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      object.set(pick(KEYS), value(depth - 1));
    }
    return object;
  }

  private ArrayNode array(int depth) {
    ArrayNode array = NODES.arrayNode();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      array.add(value(depth - 1));
    }
    return array;
  }

  JsonNode value(int depth) {
    int choice = random.nextInt(depth > 0 ? 8 : 6);
    return switch (choice) {
      case 0 -> nulls ? NODES.nullNode() : NODES.stringNode("null");
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(5));
      case 3 -> NODES.numberNode(random.nextInt(3) + 0.5);
      case 4, 5 -> NODES.stringNode(pick(STRINGS));
      case 6 -> object(depth);
      default -> array(depth);
    };
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
