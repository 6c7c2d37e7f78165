package io.bulwark.engine.jmespath;

import io.bulwark.engine.jmespath.JmesPathException.Kind;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/** Nodes that select from the current value: fields, indexes, slices, literals, @ and $. */
final class Selections {

  private Selections() {}

  /**
   * {@code foo}. A field that an object lacks is null in standard mode and the missing marker in
   * Kyverno mode; a field of a non-object is null in both (Kyverno only errors on objects). A key
   * that is present with a null value is null, never missing.
   */
  record Field(String name) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      if (current.isObject()) {
        JsonNode value = current.get(name);
        return value != null ? value : evaluation.missing(name);
      }
      return NullNode.getInstance();
    }

    @Override
    public String astName() {
      return "ASTField";
    }

    @Override
    public String astValue() {
      return AstPrinter.quote(name);
    }
  }

  /**
   * {@code left.right}, and {@code left[index]} as {@link #index()} true. Kyverno propagates a
   * missing key from the left side instead of recovering, so {@code a.b} reports {@code a}.
   */
  record Subexpression(Node left, Node right, boolean index) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode base = left.eval(current, evaluation);
      if (base.isMissingNode() || base.isNull()) {
        return base;
      }
      return right.eval(base, evaluation);
    }

    @Override
    public String astName() {
      return index ? "ASTIndexExpression" : "ASTSubexpression";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code [n]}: the element at n (negative counts from the end), null out of range. */
  record Index(int position) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      if (!current.isArray()) {
        return NullNode.getInstance();
      }
      int at = position < 0 ? position + current.size() : position;
      return at >= 0 && at < current.size() ? current.get(at) : NullNode.getInstance();
    }

    @Override
    public String astName() {
      return "ASTIndex";
    }

    @Override
    public String astValue() {
      return Integer.toString(position);
    }
  }

  /** {@code [start:stop:step]} with Python slice semantics; null unless the value is an array. */
  record Slice(Integer start, Integer stop, Integer step) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      if (!current.isArray()) {
        return NullNode.getInstance();
      }
      int by = step == null ? 1 : step;
      if (by == 0) {
        throw new JmesPathException(Kind.INVALID_VALUE, "slice step cannot be 0");
      }
      int length = current.size();
      int from = start == null ? (by > 0 ? 0 : length - 1) : clamp(start, length, by);
      int to = stop == null ? (by > 0 ? length : -1) : clamp(stop, length, by);
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      for (int i = from; by > 0 ? i < to : i > to; i += by) {
        result.add(current.get(i));
      }
      return result;
    }

    private static int clamp(int bound, int length, int step) {
      int at = bound < 0 ? bound + length : bound;
      if (at < 0) {
        return step < 0 ? -1 : 0;
      }
      if (at >= length) {
        return step < 0 ? length - 1 : length;
      }
      return at;
    }

    @Override
    public String astName() {
      return "ASTSlice";
    }

    @Override
    public String astValue() {
      return "[]*int{" + part(start) + ", " + part(stop) + ", " + part(step) + "}";
    }

    private static String part(Integer value) {
      return value == null ? "nil" : value.toString();
    }
  }

  /** A JSON literal or a raw string literal. */
  record Literal(JsonNode value) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return value;
    }

    @Override
    public String astName() {
      return "ASTLiteral";
    }

    @Override
    public String astValue() {
      return GoJson.marshal(value);
    }
  }

  /** {@code @}. */
  record CurrentNode() implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return current;
    }

    @Override
    public String astName() {
      return "ASTCurrentNode";
    }
  }

  /** The implicit left or right side of a projection, e.g. the left of {@code [*]}. */
  record Identity() implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return current;
    }

    @Override
    public String astName() {
      return "ASTIdentity";
    }
  }

  /** {@code $}: the document the search started from (go-jmespath and JMESPath Community). */
  record RootNode() implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return evaluation.root();
    }

    @Override
    public String astName() {
      return "ASTRootNode";
    }
  }
}
