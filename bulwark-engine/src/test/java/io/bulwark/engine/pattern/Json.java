package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

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
    return brief(outcome(tree(resource), tree(pattern)));
  }

  /**
   * PatternMatcher's outcome. The same pattern matched as a policy's own, with what is derived from
   * it remembered, must give the very same outcome, on first use and after.
   */
  static MatchOutcome outcome(JsonNode resource, JsonNode pattern) {
    MatchOutcome fresh = PatternMatcher.match(resource, pattern);
    JsonNode policyPattern = pattern.deepCopy();
    for (int use = 0; use < 2; use++) {
      assertThat(PatternMatcher.matchPolicyPattern(resource, policyPattern)).isEqualTo(fresh);
    }
    return fresh;
  }
}
