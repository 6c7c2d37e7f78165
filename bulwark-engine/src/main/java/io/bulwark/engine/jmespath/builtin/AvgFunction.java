package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** {@code avg(array[number]) -> number}; null for an empty array. */
final class AvgFunction extends BuiltinFunction {

  AvgFunction() {
    super("avg", List.of(List.of(ArgType.ARRAY_NUMBER)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode numbers = arguments.get(0);
    if (numbers.isEmpty()) {
      return NullNode.getInstance();
    }
    double sum = 0;
    for (JsonNode number : numbers) {
      sum += number.doubleValue();
    }
    return JmesValues.number(sum / numbers.size());
  }
}
