package io.bulwark.engine.jmespath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

/**
 * The state of one {@link CompiledExpression#search} call. In Kyverno mode a field that does not
 * exist evaluates to the {@link MissingNode} marker (its key kept here) instead of null; the
 * marker travels up through sub-expressions, index expressions and the right side of {@code &&}
 * exactly where Kyverno's interpreter propagates its NotFound error, every other node turns it back
 * into null with {@link #present}, and {@link CompiledExpression} raises {@link NotFoundException}
 * if it reaches the top. A marker instead of an exception keeps {@code a || b} cheap.
 */
final class Evaluation {

  private final JsonNode root;
  private final boolean kyverno;
  private String missingKey = "";

  Evaluation(JsonNode root, boolean kyverno) {
    this.root = root;
    this.kyverno = kyverno;
  }

  JsonNode root() {
    return root;
  }

  /** Whether Go's quirks apply: missing keys are errors, projections swallow left errors. */
  boolean kyverno() {
    return kyverno;
  }

  /** The value of a field that {@code object} does not have. */
  JsonNode missing(String key) {
    if (!kyverno) {
      return NullNode.getInstance();
    }
    missingKey = key;
    return MissingNode.getInstance();
  }

  /** Recovers from a missing key: the places where Kyverno swallows NotFound see null. */
  static JsonNode present(JsonNode value) {
    return value.isMissingNode() ? NullNode.getInstance() : value;
  }

  /** The key of the most recent missing field, which is the one a marker at the top stands for. */
  String missingKey() {
    return missingKey;
  }
}
