package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code values(object) -> array}, in the object's order. */
final class ValuesFunction extends BuiltinFunction {

  ValuesFunction() {
    super("values", List.of(List.of(ArgType.OBJECT)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    ArrayNode values = JsonNodeFactory.instance.arrayNode();
    arguments.get(0).values().forEach(values::add);
    return values;
  }
}
