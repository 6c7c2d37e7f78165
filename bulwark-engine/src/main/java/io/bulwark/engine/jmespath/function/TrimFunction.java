package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code trim(s, cutset)}: drops characters found in {@code cutset} from both ends. */
final class TrimFunction extends BaseFunction {

  TrimFunction() {
    super(
        "trim",
        "string",
        "removes the characters of the second string from both ends of the first",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String s = Args.string(name(), arguments, 0);
    String cutset = Args.string(name(), arguments, 1);
    return JsonValues.text(GoStrings.trim(s, cutset));
  }
}
