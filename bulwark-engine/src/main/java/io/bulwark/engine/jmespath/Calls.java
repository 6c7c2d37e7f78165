package io.bulwark.engine.jmespath;

import static io.bulwark.engine.jmespath.Evaluation.present;

import io.bulwark.engine.jmespath.JmesPathException.Kind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** Function calls and the expression references ({@code &expr}) some functions take. */
final class Calls {

  private Calls() {}

  /**
   * {@code name(args...)}. The function is looked up once, at compile time; an unknown name fails
   * only when the call is evaluated, as in go-jmespath. Arguments that select a missing key are
   * passed as null (Kyverno recovers there), so {@code not_null(a.b, 'x')} works.
   */
  record FunctionExpression(String name, List<Node> arguments, JmesFunction function)
      implements Node {
    FunctionExpression {
      arguments = List.copyOf(arguments);
    }

    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      if (function == null) {
        throw new JmesPathException(Kind.UNKNOWN_FUNCTION, "unknown function: " + name);
      }
      List<JsonNode> values = new ArrayList<>(arguments.size());
      for (Node argument : arguments) {
        values.add(
            argument instanceof ExpRef reference
                ? reference.bind(evaluation)
                : present(argument.eval(current, evaluation)));
      }
      Signatures.check(function, values);
      JsonNode result = function.call(values);
      return result == null ? NullNode.getInstance() : result;
    }

    @Override
    public String astName() {
      return "ASTFunctionExpression";
    }

    @Override
    public String astValue() {
      return AstPrinter.quote(name);
    }

    @Override
    public List<Node> children() {
      return arguments;
    }
  }

  /**
   * {@code &expression}: as a function argument, a reference the function applies (sort_by, map,
   * ...); anywhere else it has no JSON value and evaluates to null.
   */
  record ExpRef(Node expression) implements Node {
    @Override
    public JsonNode eval(JsonNode current, Evaluation evaluation) {
      return NullNode.getInstance();
    }

    /** The argument value: a reference that swallows missing keys, as Kyverno's closure does. */
    JsonNode bind(Evaluation evaluation) {
      return JmesValues.wrap(value -> present(expression.eval(value, evaluation)));
    }

    @Override
    public String astName() {
      return "ASTExpRef";
    }

    @Override
    public List<Node> children() {
      return List.of(expression);
    }
  }
}
