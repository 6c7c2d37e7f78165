package io.bulwark.api.yaml;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts one composed snakeyaml document into a JSON tree plus its {@link SourceNode} positions,
 * adding a {@link Problem} for everything go-yaml v2 and sigs.k8s.io/yaml would reject: duplicate
 * keys, keys with no JSON form, bad merge values, tag mismatches, self-containing anchors and
 * excessive aliasing.
 *
 * <p>Aliases: snakeyaml hands back the anchored node itself, so an anchored node seen a second time
 * is an alias use. Its first conversion is cached and deep-copied on reuse, so callers can mutate
 * any part of the tree, and problems inside it are reported once. Merge keys follow the YAML merge
 * spec: keys written in the mapping win over merged ones wherever {@code <<} stands, and earlier
 * maps in a merge list win over later ones.
 *
 * <p>One instance per document; not thread-safe.
 */
final class NodeConverter {

  /** The converted document. */
  record Converted(JsonNode tree, SourceNode source, long size) {}

  private static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String file;
  private final int lineOffset;
  private final List<Problem> problems;
  private final Map<Node, Converted> anchored = new IdentityHashMap<>();
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private final AliasBudget budget = new AliasBudget();

  /**
   * @param lineOffset 0-based line of the whole stream on which this document's text starts
   * @param problems where problems are added
   */
  NodeConverter(String file, int lineOffset, List<Problem> problems) {
    this.file = file;
    this.lineOffset = lineOffset;
    this.problems = problems;
  }

  /** The converted document, or empty when conversion had to stop (the reason is a problem). */
  Optional<Converted> convertDocument(Node root) {
    try {
      return Optional.of(convert(root, Trail.ROOT));
    } catch (Abandon stop) {
      return Optional.empty();
    }
  }

  private Converted convert(Node node, Trail trail) {
    boolean isAnchored = node.getAnchor().isPresent();
    if (isAnchored) {
      Converted earlier = anchored.get(node);
      if (earlier != null) {
        return reuse(earlier, node, trail);
      }
      if (!inProgress.add(node)) {
        throw abandon(node, trail, "anchor '" + anchorName(node) + "' value contains itself");
      }
    }
    budget.decoded(1);
    Converted converted =
        switch (node) {
          case ScalarNode scalar -> new Converted(scalarValue(scalar, trail), sourceOf(node), 1);
          case SequenceNode sequence -> sequence(sequence, trail);
          case MappingNode mapping -> mapping(mapping, trail);
          default -> throw new IllegalStateException("unknown node type " + node.getNodeType());
        };
    if (isAnchored) {
      inProgress.remove(node);
      anchored.put(node, converted);
    }
    return converted;
  }

  private Converted reuse(Converted earlier, Node node, Trail trail) {
    if (!budget.aliased(earlier.size())) {
      throw abandon(node, trail, "document contains excessive aliasing");
    }
    JsonNode copy = earlier.tree().isContainer() ? earlier.tree().deepCopy() : earlier.tree();
    return new Converted(copy, earlier.source(), earlier.size());
  }

  private Converted sequence(SequenceNode node, Trail trail) {
    List<Node> children = node.getValue();
    ArrayNode array = JSON.arrayNode(children.size());
    SourceNode source = sourceOf(node);
    long size = 1;
    for (int i = 0; i < children.size(); i++) {
      Converted item = convert(children.get(i), trail.index(i));
      array.add(item.tree());
      source.addItem(item.source());
      size += item.size();
    }
    return new Converted(array, source, size);
  }

  private Converted mapping(MappingNode node, Trail trail) {
    ObjectNode object = JSON.objectNode();
    SourceNode source = sourceOf(node);
    Map<String, Node> written = new HashMap<>();
    long size = 1;
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (isMergeKey(keyNode)) {
        size += merge(tuple.getValueNode(), object, source, trail);
        continue;
      }
      budget.decoded(1);
      String key = jsonKey(keyNode, trail);
      if (key == null) {
        continue;
      }
      Node first = written.put(key, keyNode);
      if (first != null) {
        problem(
            keyNode,
            trail.key(key),
            "mapping key \"" + key + "\" already defined at line " + lineOf(first));
      }
      Converted value = convert(tuple.getValueNode(), trail.key(key));
      object.set(key, value.tree());
      source.putField(
          key, new SourceNode.Field(lineOf(keyNode), columnOf(keyNode), value.source()));
      size += 1 + value.size();
    }
    return new Converted(object, source, size);
  }

  /**
   * Adds the entries of the merged map(s) that {@code object} does not have yet; returns their
   * size.
   */
  private long merge(Node value, ObjectNode object, SourceNode source, Trail trail) {
    List<Node> maps = new ArrayList<>();
    if (value instanceof MappingNode) {
      maps.add(value);
    } else if (value instanceof SequenceNode sequence
        && sequence.getValue().stream().allMatch(MappingNode.class::isInstance)) {
      maps.addAll(sequence.getValue());
    } else {
      problem(value, trail, "map merge requires map or sequence of maps as the value");
    }
    long size = 1;
    for (Node map : maps) {
      Converted merged = convert(map, trail);
      size += merged.size();
      for (Map.Entry<String, JsonNode> entry : merged.tree().properties()) {
        String key = entry.getKey();
        if (!object.has(key)) {
          object.set(key, entry.getValue());
          source.putField(key, merged.source().field(key));
        }
      }
    }
    return size;
  }

  private static boolean isMergeKey(Node key) {
    return key instanceof ScalarNode scalar
        && "<<".equals(scalar.getValue())
        && ((scalar.isPlain() && scalar.isResolved()) || Tag.MERGE.equals(scalar.getTag()));
  }

  /** The JSON key for {@code keyNode}, or null after adding a problem. */
  private String jsonKey(Node keyNode, Trail trail) {
    if (!(keyNode instanceof ScalarNode scalar)) {
      String kind = keyNode instanceof MappingNode ? "map" : "list";
      problem(keyNode, trail, "invalid map key: a " + kind + " cannot be a key");
      return null;
    }
    int before = problems.size();
    JsonNode resolved = scalarValue(scalar, trail);
    if (problems.size() > before) {
      return null;
    }
    Optional<String> key = MapKeys.toJsonKey(resolved);
    if (key.isEmpty()) {
      String reason = resolved.isNull() ? "null" : scalar.getValue() + " (integer outside int64)";
      problem(keyNode, trail, "unsupported map key: " + reason);
      return null;
    }
    return key.get();
  }

  private JsonNode scalarValue(ScalarNode scalar, Trail trail) {
    String text = scalar.getValue();
    if (scalar.isResolved()) {
      return scalar.isPlain() ? PlainScalars.resolve(text) : JSON.stringNode(text);
    }
    Tag tag = scalar.getTag();
    if (Tag.BINARY.equals(tag)) {
      return TaggedScalars.binary(text)
          .orElseGet(
              () -> {
                problem(scalar, trail, "!!binary value contains invalid base64 data");
                return JSON.nullNode();
              });
    }
    if (Tag.BOOL.equals(tag)
        || Tag.INT.equals(tag)
        || Tag.FLOAT.equals(tag)
        || Tag.NULL.equals(tag)
        || TIMESTAMP.equals(tag)) {
      String wanted = tag.getValue().substring(Tag.PREFIX.length());
      return TaggedScalars.typed(text, wanted)
          .orElseGet(
              () -> {
                problem(scalar, trail, TaggedScalars.mismatch(text, wanted));
                return JSON.nullNode();
              });
    }
    // !!str, and tags go-yaml does not resolve (custom "!Foo"), keep the text.
    return JSON.stringNode(text);
  }

  private SourceNode sourceOf(Node node) {
    return new SourceNode(lineOf(node), columnOf(node));
  }

  private int lineOf(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + lineOffset + 1).orElse(0);
  }

  private int columnOf(Node node) {
    return node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
  }

  private void problem(Node at, Trail trail, String message) {
    problems.add(
        Problem.error(new SourceLocation(file, lineOf(at), columnOf(at)), trail.toPath(), message));
  }

  private Abandon abandon(Node at, Trail trail, String message) {
    problem(at, trail, message);
    return new Abandon();
  }

  private static String anchorName(Node node) {
    return node.getAnchor().map(anchor -> anchor.getValue()).orElse("");
  }

  /** Stops converting a document whose problem has already been recorded. */
  private static final class Abandon extends RuntimeException {
    Abandon() {
      super(null, null, false, false);
    }
  }

  /**
   * Where the converter is, kept as parent links so that a {@link FieldPath} is only built when a
   * problem needs one.
   */
  private record Trail(Trail parent, String key, int index) {
    static final Trail ROOT = new Trail(null, null, -1);

    Trail key(String name) {
      return new Trail(this, name, -1);
    }

    Trail index(int position) {
      return new Trail(this, null, position);
    }

    FieldPath toPath() {
      if (parent == null) {
        return FieldPath.root();
      }
      FieldPath above = parent.toPath();
      return key != null ? above.child(key) : above.index(index);
    }
  }
}
