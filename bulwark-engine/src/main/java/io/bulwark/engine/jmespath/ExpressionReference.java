package io.bulwark.engine.jmespath;

import tools.jackson.databind.JsonNode;

/**
 * An expression reference ({@code &expr}) passed to a function whose signature declares {@link
 * ArgType#EXPREF}. The argument arrives as a JSON node wrapping this reference; unwrap it with
 * {@link JmesValues#expressionReference(JsonNode)}. Valid only during the call it was passed to.
 */
@FunctionalInterface
public interface ExpressionReference {

  /**
   * Evaluates the referenced expression with {@code value} as the current node ({@code @}). A
   * missing key inside the reference yields null, as in Kyverno's interpreter; other errors
   * propagate as {@link JmesPathException}.
   */
  JsonNode evaluate(JsonNode value);
}
