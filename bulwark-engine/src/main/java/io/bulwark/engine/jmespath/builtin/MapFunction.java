package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.ExpressionReference;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code map(&expr, array) -> array}: the expression applied to each element, nulls kept. */
final class MapFunction extends BuiltinFunction {

  MapFunction() {
    super("map", List.of(List.of(ArgType.EXPREF), List.of(ArgType.ARRAY)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    ExpressionReference expression = JmesValues.expressionReference(arguments.get(0));
    ArrayNode mapped = JsonNodeFactory.instance.arrayNode();
    for (JsonNode element : arguments.get(1)) {
      mapped.add(expression.evaluate(element));
    }
    return mapped;
  }
}
