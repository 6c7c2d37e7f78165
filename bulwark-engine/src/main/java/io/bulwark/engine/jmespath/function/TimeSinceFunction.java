package io.bulwark.engine.jmespath.function;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code time_since(layout, start, end)}: the Go duration from {@code start} to {@code end}, both
 * read with the Go layout (RFC 3339 when the layout is empty); an empty {@code end} means now.
 */
final class TimeSinceFunction extends BaseFunction {

  private final Clock clock;

  TimeSinceFunction(Clock clock) {
    super(
        "time_since",
        "string",
        "the duration from a start time to an end time, or to now when the end is empty; times"
            + " use the Go layout given first (RFC 3339 when empty)",
        STRING,
        STRING,
        STRING);
    this.clock = clock;
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String layout = Args.string(name(), arguments, 0);
    String start = Args.string(name(), arguments, 1);
    String end = Args.string(name(), arguments, 2);
    String goLayout = layout.isEmpty() ? GoTime.RFC3339 : layout;
    OffsetDateTime from = TimeArgs.parse(goLayout, start);
    OffsetDateTime to = end.isEmpty() ? OffsetDateTime.now(clock) : TimeArgs.parse(goLayout, end);
    return JsonValues.text(GoDurations.format(GoTime.sub(to, from)));
  }
}
