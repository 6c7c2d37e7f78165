package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code trim_prefix(s, prefix)}: {@code s} without {@code prefix}, when it starts with it. */
final class TrimPrefixFunction extends BaseFunction {

  TrimPrefixFunction() {
    super(
        "trim_prefix",
        "string",
        "removes the second string from the start of the first, when the first starts with it",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String s = Args.string(name(), arguments, 0);
    String prefix = Args.string(name(), arguments, 1);
    return JsonValues.text(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
  }
}
