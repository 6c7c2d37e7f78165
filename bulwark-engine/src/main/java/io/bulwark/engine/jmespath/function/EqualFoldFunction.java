package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code equal_fold(a, b)}: whether the strings are equal ignoring letter case. */
final class EqualFoldFunction extends BaseFunction {

  EqualFoldFunction() {
    super(
        "equal_fold",
        "bool",
        "tells whether two strings are equal when letter case is ignored",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String a = Args.string(name(), arguments, 0);
    String b = Args.string(name(), arguments, 1);
    return JsonValues.bool(GoStrings.equalFold(a, b));
  }
}
