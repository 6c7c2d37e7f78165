package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code replace(s, old, new, n)}: replaces the first {@code n} occurrences of {@code old}; a
 * negative {@code n} replaces all. Fractional counts are truncated, as Go's {@code int(f)} does.
 */
final class ReplaceFunction extends BaseFunction {

  ReplaceFunction() {
    super(
        "replace",
        "string",
        "replaces the first N occurrences of a substring (all of them when N is negative)",
        STRING,
        STRING,
        STRING,
        NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String s = Args.string(name(), arguments, 0);
    String old = Args.string(name(), arguments, 1);
    String replacement = Args.string(name(), arguments, 2);
    double n = Args.number(name(), arguments, 3);
    return JsonValues.text(GoStrings.replace(s, old, replacement, GoInts.toInt64(n)));
  }
}
