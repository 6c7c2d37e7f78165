package io.bulwark.engine.jmespath.function;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code time_now_utc()}: the current UTC time in RFC 3339. */
final class TimeNowUtcFunction extends BaseFunction {

  private final Clock clock;

  TimeNowUtcFunction(Clock clock) {
    super("time_now_utc", "string", "the current UTC time in RFC 3339");
    this.clock = clock;
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    return TimeArgs.rfc3339(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }
}
