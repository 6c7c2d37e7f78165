package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_diff(start, end)}: the Go duration from one RFC 3339 time to another. */
final class TimeDiffFunction extends BaseFunction {

  TimeDiffFunction() {
    super(
        "time_diff",
        "string",
        "the duration from a start to an end time, both RFC 3339",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var start = TimeArgs.time(name(), arguments, 0);
    var end = TimeArgs.time(name(), arguments, 1);
    return JsonValues.text(GoDurations.format(GoTime.sub(end, start)));
  }
}
