package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code to_upper(s)}. */
final class ToUpperFunction extends BaseFunction {

  ToUpperFunction() {
    super("to_upper", "string", "converts every letter to upper case", STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return JsonValues.text(GoStrings.toUpper(Args.string(name(), arguments, 0)));
  }
}
