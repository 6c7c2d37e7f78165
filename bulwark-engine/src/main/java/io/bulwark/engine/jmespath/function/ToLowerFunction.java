package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code to_lower(s)}. */
final class ToLowerFunction extends BaseFunction {

  ToLowerFunction() {
    super("to_lower", "string", "converts every letter to lower case", STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return JsonValues.text(GoStrings.toLower(Args.string(name(), arguments, 0)));
  }
}
