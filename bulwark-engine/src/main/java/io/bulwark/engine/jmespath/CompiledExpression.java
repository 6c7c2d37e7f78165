package io.bulwark.engine.jmespath;

import static java.util.Objects.requireNonNull;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A parsed JMESPath expression bound to its functions and mode. Immutable and thread-safe:
 * compile once, cache, and {@link #search} from any thread. Evaluation walks the parsed tree
 * directly; it does no parsing, regex matching or reflection.
 */
public final class CompiledExpression {

  private final String expression;
  private final Node root;
  private final JmesPath.Options options;

  CompiledExpression(String expression, Node root, JmesPath.Options options) {
    this.expression = expression;
    this.root = root;
    this.options = options;
  }

  /** The source text. */
  public String expression() {
    return expression;
  }

  public JmesPath.Options options() {
    return options;
  }

  /**
   * Evaluates the expression against {@code data} (Java null is read as JSON null). The result
   * is never Java null and may share nodes with {@code data}; do not mutate either afterwards.
   *
   * @throws NotFoundException in Kyverno mode, when the result is a field that does not exist
   * @throws JmesPathException for a type, arity, value or unknown-function error, or an error
   *     raised by a function
   */
  public JsonNode search(JsonNode data) {
    JsonNode document = data == null ? NullNode.getInstance() : data;
    Evaluation evaluation = new Evaluation(document, options.mode() == JmesPath.Mode.KYVERNO);
    JsonNode result = root.eval(document, evaluation);
    if (result.isMissingNode()) {
      throw new NotFoundException(evaluation.missingKey());
    }
    return result;
  }

  /** The parsed tree in go-jmespath's {@code ASTField {value: "foo"}} layout, one node per line. */
  public String ast() {
    return AstPrinter.print(root);
  }

  @Override
  public String toString() {
    return requireNonNull(expression);
  }
}
