package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code time_truncate(time, duration)}: the RFC 3339 time rounded down to a multiple of the Go
 * duration, counted from Go's zero time (so {@code 24h} truncates to midnight UTC).
 */
final class TimeTruncateFunction extends BaseFunction {

  TimeTruncateFunction() {
    super(
        "time_truncate",
        "string",
        "rounds an RFC 3339 time down to a multiple of a Go duration",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var time = TimeArgs.time(name(), arguments, 0);
    long duration = TimeArgs.duration(name(), arguments, 1);
    return TimeArgs.rfc3339(GoTime.truncate(time, duration));
  }
}
