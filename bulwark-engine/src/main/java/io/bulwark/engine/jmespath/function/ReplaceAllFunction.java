package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code replace_all(s, old, new)}: replaces every occurrence of {@code old}. */
final class ReplaceAllFunction extends BaseFunction {

  ReplaceAllFunction() {
    super(
        "replace_all",
        "string",
        "replaces every occurrence of a substring",
        STRING,
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String s = Args.string(name(), arguments, 0);
    String old = Args.string(name(), arguments, 1);
    String replacement = Args.string(name(), arguments, 2);
    return JsonValues.text(GoStrings.replace(s, old, replacement, -1));
  }
}
