package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/** {@code starts_with(string, string) -> boolean}. */
final class StartsWithFunction extends BuiltinFunction {

  StartsWithFunction() {
    super("starts_with", List.of(List.of(ArgType.STRING), List.of(ArgType.STRING)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return BooleanNode.valueOf(
        arguments.get(0).stringValue().startsWith(arguments.get(1).stringValue()));
  }
}
