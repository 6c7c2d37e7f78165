package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code sum(array[number]) -> number}; 0 for an empty array. Kyverno replaces this one. */
final class SumFunction extends BuiltinFunction {

  SumFunction() {
    super("sum", List.of(List.of(ArgType.ARRAY_NUMBER)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    double sum = 0;
    for (JsonNode number : arguments.get(0)) {
      sum += number.doubleValue();
    }
    return JmesValues.number(sum);
  }
}
