package io.bulwark.engine.jmespath.function;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's {@code getTimeArg} and {@code getDurationArg}: an RFC 3339 time or a Go duration
 * argument, failing with Go's own error text as Kyverno returns it.
 */
final class TimeArgs {

  private TimeArgs() {}

  static OffsetDateTime time(String function, List<JsonNode> arguments, int index) {
    return parse(GoTime.RFC3339, Args.string(function, arguments, index));
  }

  static long duration(String function, List<JsonNode> arguments, int index) {
    return GoDurations.parse(Args.string(function, arguments, index));
  }

  /** {@code time.Parse(layout, value)}. */
  static OffsetDateTime parse(String layout, String value) {
    try {
      return GoTime.parse(layout, value);
    } catch (GoTime.ParseError error) {
      throw KyvernoErrors.unwrapped(error.getMessage());
    }
  }

  static JsonNode rfc3339(OffsetDateTime time) {
    return JsonValues.text(GoTime.formatRfc3339(time));
  }
}
