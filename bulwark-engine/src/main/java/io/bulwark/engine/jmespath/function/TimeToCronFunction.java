package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code time_to_cron(time)}: the cron expression {@code minute hour day month weekday} that fires
 * at an RFC 3339 time, read in that time's own offset; Sunday is 0.
 */
final class TimeToCronFunction extends BaseFunction {

  TimeToCronFunction() {
    super(
        "time_to_cron",
        "string",
        "the cron expression (minute hour day month weekday) for an RFC 3339 time",
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    var t = TimeArgs.time(name(), arguments, 0);
    int weekday = t.getDayOfWeek().getValue() % 7;
    return JsonValues.text(
        t.getMinute()
            + " "
            + t.getHour()
            + " "
            + t.getDayOfMonth()
            + " "
            + t.getMonthValue()
            + " "
            + weekday);
  }
}
