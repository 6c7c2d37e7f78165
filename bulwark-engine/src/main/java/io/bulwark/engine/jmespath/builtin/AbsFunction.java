package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code abs(number) -> number}. */
final class AbsFunction extends BuiltinFunction {

  AbsFunction() {
    super("abs", List.of(List.of(ArgType.NUMBER)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return JmesValues.number(Math.abs(arguments.get(0).doubleValue()));
  }
}
