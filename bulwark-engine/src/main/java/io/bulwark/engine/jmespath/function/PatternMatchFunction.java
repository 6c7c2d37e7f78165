package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.wildcard.Wildcard;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code pattern_match(pattern, value)}: Kyverno's wildcard match, {@code *} for any run of
 * characters and {@code ?} for exactly one, over the whole value.
 */
final class PatternMatchFunction extends BaseFunction {

  PatternMatchFunction() {
    super(
        "pattern_match",
        "bool",
        "matches a string or number against a wildcard pattern: '*' is any run of characters,"
            + " '?' exactly one",
        STRING,
        STRING_OR_NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    // Kyverno reports argument problems here under the name regex_match.
    String pattern = Args.string("regex_match", arguments, 0);
    String value = Args.stringOrNumber("regex_match", arguments, 1);
    return JsonValues.bool(Wildcard.match(pattern, value));
  }
}
