package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code compare(a, b)}: -1, 0 or 1 as {@code a} sorts before, with or after {@code b}. */
final class CompareFunction extends BaseFunction {

  CompareFunction() {
    super("compare", "number", "compares two strings lexicographically", STRING, STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String a = Args.string(name(), arguments, 0);
    String b = Args.string(name(), arguments, 1);
    return JsonValues.number(GoStrings.compare(a, b));
  }
}
