package io.bulwark.engine.jmespath.function;

import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_utc(time)}: an RFC 3339 time converted to UTC. */
final class TimeUtcFunction extends BaseFunction {

  TimeUtcFunction() {
    super("time_utc", "string", "converts an RFC 3339 time to UTC", STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var t = TimeArgs.time(name(), arguments, 0);
    return TimeArgs.rfc3339(t.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
