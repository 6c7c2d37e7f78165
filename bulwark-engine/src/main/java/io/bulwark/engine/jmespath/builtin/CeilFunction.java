package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code ceil(number) -> number}. */
final class CeilFunction extends BuiltinFunction {

  CeilFunction() {
    super("ceil", List.of(List.of(ArgType.NUMBER)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return JmesValues.number(Math.ceil(arguments.get(0).doubleValue()));
  }
}
