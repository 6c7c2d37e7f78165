package io.bulwark.engine.pattern;

import io.bulwark.engine.pattern.MatchOutcome.Matched;
import io.bulwark.engine.pattern.MatchOutcome.Mismatch;
import io.bulwark.engine.pattern.MatchOutcome.Skip;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test trees written as JSON with single quotes, and outcomes written as short strings. */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private Json() {}

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  /** {@code pass}, {@code skip}, {@code error} (a mismatch without path) or {@code fail /path/}. */
  static String brief(MatchOutcome outcome) {
    return switch (outcome) {
      case Matched m -> "pass";
      case Skip s -> "skip";
      case Mismatch(var at, var reason) ->
          at.map(path -> "fail " + path.kyvernoResourcePath()).orElse("error");
    };
  }

  static String match(String resource, String pattern) {
    return brief(PatternMatcher.match(tree(resource), tree(pattern)));
  }
}
