package io.bulwark.engine.jmespath;

import static io.bulwark.engine.jmespath.Evaluation.present;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * Projections: {@code [*]}, {@code *}, {@code [?cond]} and {@code []}. Each applies its right side
 * to every element and drops null results; a missing key inside an element counts as null, so
 * {@code items[*].optional} never fails in Kyverno mode.
 */
final class Projections {

  private Projections() {}

  /**
   * Go's interpreter answers null, without error, when the left side of a flatten, a filter or an
   * object projection fails for any reason; standard JMESPath propagates the error.
   */
  private static JsonNode leftSide(Node left, JsonNode current, Evaluation evaluation) {
    if (!evaluation.kyverno()) {
      return left.eval(current, evaluation);
    }
    try {
      return present(left.eval(current, evaluation));
    } catch (JmesPathException swallowed) {
      return NullNode.getInstance();
    }
  }

  private static JsonNode project(Iterable<JsonNode> elements, Node right, Evaluation evaluation) {
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    for (JsonNode element : elements) {
      JsonNode value = present(right.eval(element, evaluation));
      if (!value.isNull()) {
        result.add(value);
      }
    }
    return result;
  }

  /** {@code left[*].right}, also the projection around a slice or a flatten. */
  record Projection(Node left, Node right) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode base = present(left.eval(current, evaluation));
      return base.isArray() ? project(base, right, evaluation) : NullNode.getInstance();
    }

    @Override
    public String astName() {
      return "ASTProjection";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code left.*.right}: projects the values of an object. */
  record ValueProjection(Node left, Node right) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode base = leftSide(left, current, evaluation);
      return base.isObject() ? project(base.values(), right, evaluation) : NullNode.getInstance();
    }

    @Override
    public String astName() {
      return "ASTValueProjection";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code left[?condition].right}: keeps the elements whose condition is truthy. */
  record FilterProjection(Node left, Node right, Node condition) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode base = leftSide(left, current, evaluation);
      if (!base.isArray()) {
        return NullNode.getInstance();
      }
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : base) {
        if (JmesValues.isTruthy(present(condition.eval(element, evaluation)))) {
          JsonNode value = present(right.eval(element, evaluation));
          if (!value.isNull()) {
            result.add(value);
          }
        }
      }
      return result;
    }

    @Override
    public String astName() {
      return "ASTFilterProjection";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right, condition);
    }
  }

  /** {@code left[]}: merges nested arrays one level deep. */
  record Flatten(Node child) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode base = leftSide(child, current, evaluation);
      if (!base.isArray()) {
        return NullNode.getInstance();
      }
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : base) {
        if (element.isArray()) {
          result.addAll((ArrayNode) element);
        } else {
          result.add(element);
        }
      }
      return result;
    }

    @Override
    public String astName() {
      return "ASTFlatten";
    }

    @Override
    public List<Node> children() {
      return List.of(child);
    }
  }
}
