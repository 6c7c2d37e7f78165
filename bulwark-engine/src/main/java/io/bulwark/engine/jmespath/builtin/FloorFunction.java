package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code floor(number) -> number}. */
final class FloorFunction extends BuiltinFunction {

  FloorFunction() {
    super("floor", List.of(List.of(ArgType.NUMBER)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return JmesValues.number(Math.floor(arguments.get(0).doubleValue()));
  }
}
