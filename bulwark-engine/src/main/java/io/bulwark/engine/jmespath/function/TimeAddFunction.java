package io.bulwark.engine.jmespath.function;

import java.time.temporal.ChronoUnit;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_add(time, duration)}: an RFC 3339 time plus a Go duration, in the same offset. */
final class TimeAddFunction extends BaseFunction {

  TimeAddFunction() {
    super(
        "time_add",
        "string",
        "adds a Go duration to an RFC 3339 time",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    // Kyverno reads both arguments under the name time_to_cron.
    var time = TimeArgs.time("time_to_cron", arguments, 0);
    long nanos = TimeArgs.duration("time_to_cron", arguments, 1);
    return TimeArgs.rfc3339(time.plus(nanos, ChronoUnit.NANOS));
  }
}
