package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_after(a, b)}: whether RFC 3339 time {@code a} is strictly after {@code b}. */
final class TimeAfterFunction extends BaseFunction {

  TimeAfterFunction() {
    super(
        "time_after",
        "bool",
        "tells whether the first RFC 3339 time is after the second",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var a = TimeArgs.time(name(), arguments, 0);
    var b = TimeArgs.time(name(), arguments, 1);
    return JsonValues.bool(a.isAfter(b));
  }
}
