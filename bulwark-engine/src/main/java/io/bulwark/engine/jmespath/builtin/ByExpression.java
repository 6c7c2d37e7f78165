package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ExpressionReference;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The elements of an array paired with the keys an expression reference gives them. */
record ByExpression(List<JsonNode> elements, List<JsonNode> keys, Comparator<JsonNode> order) {

  static ByExpression of(String function, JsonNode array, JsonNode reference) {
    ExpressionReference expression = JmesValues.expressionReference(reference);
    List<JsonNode> elements = new ArrayList<>(array.values());
    List<JsonNode> keys = new ArrayList<>(elements.size());
    for (JsonNode element : elements) {
      keys.add(expression.evaluate(element));
    }
    return new ByExpression(elements, keys, Ordering.of(function, keys));
  }

  /** The index of the first element whose key is greatest ({@code sign} 1) or least (-1). */
  int best(int sign) {
    int best = 0;
    for (int i = 1; i < keys.size(); i++) {
      if (sign * order.compare(keys.get(i), keys.get(best)) > 0) {
        best = i;
      }
    }
    return best;
  }
}
