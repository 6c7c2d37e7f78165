package io.bulwark.engine.jmespath.function;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code time_parse(layout, time)}: a time written in a Go layout, rewritten in RFC 3339. A
 * layout that is an integer means the time is Unix epoch seconds (the result is then in UTC).
 */
final class TimeParseFunction extends BaseFunction {

  TimeParseFunction() {
    super(
        "time_parse",
        "string",
        "reads a time written in a Go layout (or in Unix seconds when the layout is a number) and"
            + " writes it in RFC 3339",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String layout = Args.string(name(), arguments, 0);
    String time = Args.string(name(), arguments, 1);
    if (isInt64(layout)) {
      if (!isInt64(time)) {
        String reason = time.matches("[+-]?[0-9]+") ? "value out of range" : "invalid syntax";
        throw KyvernoErrors.unwrapped(
            "strconv.ParseInt: parsing " + GoTime.quote(time) + ": " + reason);
      }
      var instant = Instant.ofEpochSecond(Long.parseLong(time));
      return TimeArgs.rfc3339(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    return TimeArgs.rfc3339(TimeArgs.parse(layout, time));
  }

  /** {@code strconv.ParseInt(s, 10, 64)} succeeds. */
  private static boolean isInt64(String s) {
    if (!s.matches("[+-]?[0-9]+")) {
      return false;
    }
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException outOfRange) {
      return false;
    }
  }
}
