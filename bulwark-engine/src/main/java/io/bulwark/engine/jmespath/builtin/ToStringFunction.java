package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.GoJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code to_string(any) -> string}: a string unchanged, anything else as Go's {@code
 * json.Marshal} writes it (compact, keys sorted), which is what Kyverno prints.
 */
final class ToStringFunction extends BuiltinFunction {

  ToStringFunction() {
    super("to_string", List.of(List.of(ArgType.ANY)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode value = arguments.get(0);
    return value.isString() ? value : StringNode.valueOf(GoJson.marshal(value));
  }
}
