package io.bulwark.engine.jmespath;

import static io.bulwark.engine.jmespath.Evaluation.present;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operators and constructors: {@code ||}, {@code &&}, {@code !}, comparisons, {@code |} and the
 * multi-selects. All of them treat a missing key in an operand as null (Kyverno recovers there),
 * except the right side of {@code &&}, whose result is the expression's result.
 */
final class Operators {

  private Operators() {}

  /** {@code left || right}: left when truthy, else right; never reports a missing key. */
  record Or(Node left, Node right) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode first = present(left.eval(current, evaluation));
      return JmesValues.isTruthy(first) ? first : present(right.eval(current, evaluation));
    }

    @Override
    public String astName() {
      return "ASTOrExpression";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code left && right}: left when falsy, else right (a missing key there still counts). */
  record And(Node left, Node right) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode first = present(left.eval(current, evaluation));
      return JmesValues.isTruthy(first) ? right.eval(current, evaluation) : first;
    }

    @Override
    public String astName() {
      return "ASTAndExpression";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code !expression}. */
  record Not(Node child) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return BooleanNode.valueOf(!JmesValues.isTruthy(present(child.eval(current, evaluation))));
    }

    @Override
    public String astName() {
      return "ASTNotExpression";
    }

    @Override
    public List<Node> children() {
      return List.of(child);
    }
  }

  /** The comparison operators, named as go-jmespath's tokens for the AST dump. */
  enum ComparisonOperator {
    EQ("tEQ"),
    NE("tNE"),
    LT("tLT"),
    LTE("tLTE"),
    GT("tGT"),
    GTE("tGTE");

    private final String goName;

    ComparisonOperator(String goName) {
      this.goName = goName;
    }
  }

  /**
   * {@code ==} and {@code !=} compare any values deeply; {@code <}, {@code <=}, {@code >}, {@code
   * >=} compare numbers only and give null for anything else.
   */
  record Comparison(ComparisonOperator operator, Node left, Node right) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode a = present(left.eval(current, evaluation));
      JsonNode b = present(right.eval(current, evaluation));
      if (operator == ComparisonOperator.EQ) {
        return BooleanNode.valueOf(JmesValues.deepEquals(a, b));
      }
      if (operator == ComparisonOperator.NE) {
        return BooleanNode.valueOf(!JmesValues.deepEquals(a, b));
      }
      if (!a.isNumber() || !b.isNumber()) {
        return NullNode.getInstance();
      }
      double x = a.doubleValue();
      double y = b.doubleValue();
      return BooleanNode.valueOf(
          switch (operator) {
            case LT -> x < y;
            case LTE -> x <= y;
            case GT -> x > y;
            default -> x >= y;
          });
    }

    @Override
    public String astName() {
      return "ASTComparator";
    }

    @Override
    public String astValue() {
      return operator.goName;
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code left | right}: stops any projection on the left; missing keys become null. */
  record Pipe(Node left, Node right) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      JsonNode first = present(left.eval(current, evaluation));
      return present(right.eval(first, evaluation));
    }

    @Override
    public String astName() {
      return "ASTPipe";
    }

    @Override
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  /** {@code [a, b]}: null when the current value is null, as the specification says. */
  record MultiSelectList(List<Node> elements) implements Node {
    MultiSelectList {
      elements = List.copyOf(elements);
    }

    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      if (current.isNull()) {
        return current;
      }
      ArrayNode result = JsonNodeFactory.instance.arrayNode(elements.size());
      for (Node element : elements) {
        result.add(present(element.eval(current, evaluation)));
      }
      return result;
    }

    @Override
    public String astName() {
      return "ASTMultiSelectList";
    }

    @Override
    public List<Node> children() {
      return elements;
    }
  }

  /** <code>{k: v, ...}</code>: null when the current value is null. */
  record MultiSelectHash(List<KeyValPair> pairs) implements Node {
    MultiSelectHash {
      pairs = List.copyOf(pairs);
    }

    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      if (current.isNull()) {
        return current;
      }
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      for (KeyValPair pair : pairs) {
        result.set(pair.key(), present(pair.value().eval(current, evaluation)));
      }
      return result;
    }

    @Override
    public String astName() {
      return "ASTMultiSelectHash";
    }

    @Override
    public List<Node> children() {
      return new ArrayList<>(pairs);
    }
  }

  /** One <code>key: value</code> entry of a multi-select hash. */
  record KeyValPair(String key, Node value) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return value.eval(current, evaluation);
    }

    @Override
    public String astName() {
      return "ASTKeyValPair";
    }

    @Override
    public String astValue() {
      return AstPrinter.quote(key);
    }

    @Override
    public List<Node> children() {
      return List.of(value);
    }
  }
}
