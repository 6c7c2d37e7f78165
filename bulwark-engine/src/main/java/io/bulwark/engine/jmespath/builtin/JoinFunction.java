package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** {@code join(string separator, array[string]) -> string}. */
final class JoinFunction extends BuiltinFunction {

  JoinFunction() {
    super("join", List.of(List.of(ArgType.STRING), List.of(ArgType.ARRAY_STRING)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    StringJoiner joined = new StringJoiner(arguments.get(0).stringValue());
    for (JsonNode part : arguments.get(1)) {
      joined.add(part.stringValue());
    }
    return StringNode.valueOf(joined.toString());
  }
}
