package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** {@code type(any) -> string}: number, string, boolean, array, object or null. */
final class TypeFunction extends BuiltinFunction {

  TypeFunction() {
    super("type", List.of(List.of(ArgType.ANY)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return StringNode.valueOf(JmesValues.typeOf(arguments.get(0)));
  }
}
