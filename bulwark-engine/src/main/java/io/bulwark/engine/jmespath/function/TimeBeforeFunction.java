package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_before(a, b)}: whether RFC 3339 time {@code a} is strictly before {@code b}. */
final class TimeBeforeFunction extends BaseFunction {

  TimeBeforeFunction() {
    super(
        "time_before",
        "bool",
        "tells whether the first RFC 3339 time is before the second",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var a = TimeArgs.time(name(), arguments, 0);
    var b = TimeArgs.time(name(), arguments, 1);
    return JsonValues.bool(a.isBefore(b));
  }
}
