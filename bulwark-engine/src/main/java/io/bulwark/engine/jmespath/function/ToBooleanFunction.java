package io.bulwark.engine.jmespath.function;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** {@code to_boolean(s)}: "true" or "false" in any letter case; anything else is an error. */
final class ToBooleanFunction extends BaseFunction {

  ToBooleanFunction() {
    super(
        "to_boolean",
        "bool",
        "converts 'true' or 'false', in any letter case, to a boolean",
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String input = Args.string(name(), arguments, 0);
    return switch (GoStrings.toLower(input)) {
      case "true" -> JsonValues.bool(true);
      case "false" -> JsonValues.bool(false);
      default ->
          throw KyvernoErrors.generic(
              name(),
              String.format(
                  Locale.ROOT,
                  "lowercase argument must be 'true' or 'false' (provided: '%s')",
                  input));
    };
  }
}
