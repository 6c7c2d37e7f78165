package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code time_between(time, start, end)}: whether {@code time} is strictly after {@code start} and
 * strictly before {@code end}, all RFC 3339.
 */
final class TimeBetweenFunction extends BaseFunction {

  TimeBetweenFunction() {
    super(
        "time_between",
        "bool",
        "tells whether an RFC 3339 time is strictly between a start and an end time",
        STRING,
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var time = TimeArgs.time(name(), arguments, 0);
    var start = TimeArgs.time(name(), arguments, 1);
    var end = TimeArgs.time(name(), arguments, 2);
    return JsonValues.bool(time.isAfter(start) && time.isBefore(end));
  }
}
