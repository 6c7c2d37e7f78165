package io.bulwark.engine.jmespath.function;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_now()}: the current time in RFC 3339, in the clock's time zone (Go's local). */
final class TimeNowFunction extends BaseFunction {

  private final Clock clock;

  TimeNowFunction(Clock clock) {
    super("time_now", "string", "the current time in RFC 3339, in the local time zone");
    this.clock = clock;
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return TimeArgs.rfc3339(OffsetDateTime.now(clock));
  }
}
