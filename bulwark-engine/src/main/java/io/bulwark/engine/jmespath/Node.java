package io.bulwark.engine.jmespath;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A node of a parsed expression. Nodes are immutable and evaluate themselves against the current
 * JSON value; the node types and their names follow go-jmespath's AST ({@code ASTField}, ...) so
 * that {@code bulwark jp parse} reads like {@code kyverno jp parse}.
 */
interface Node {

  /**
   * The value of this expression at {@code current} (never Java null). May return the missing
   * marker of {@link Evaluation} only where Kyverno propagates NotFound.
   */
  JsonNode eval(JsonNode current, Evaluation evaluation);

  /** The go-jmespath node type name, e.g. {@code ASTField}. */
  String astName();

  /** The node's own value as the AST dump prints it, or null when it has none. */
  default String astValue() {
    return null;
  }

  default List<Node> children() {
    return List.of();
  }
}
