package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code to_array(any) -> array}: an array unchanged, anything else wrapped in one. */
final class ToArrayFunction extends BuiltinFunction {

  ToArrayFunction() {
    super("to_array", List.of(List.of(ArgType.ANY)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode value = arguments.get(0);
    return value.isArray() ? value : JsonNodeFactory.instance.arrayNode(1).add(value);
  }
}
