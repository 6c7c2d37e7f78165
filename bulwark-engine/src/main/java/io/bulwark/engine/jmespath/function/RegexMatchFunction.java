package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code regex_match(regex, value)}: whether the Go regular expression matches anywhere in the
 * value (a number is printed first). An invalid expression fails with Go's own message, without
 * Kyverno's function prefix, as Kyverno returns it.
 */
final class RegexMatchFunction extends BaseFunction {

  RegexMatchFunction() {
    super(
        "regex_match",
        "bool",
        "tells whether a regular expression matches anywhere in a string or number",
        STRING,
        STRING_OR_NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String regex = Args.string(name(), arguments, 0);
    String value = Args.stringOrNumber(name(), arguments, 1);
    try {
      return JsonValues.bool(GoRegex.compile(regex).matches(value));
    } catch (GoRegex.Invalid invalid) {
      throw KyvernoErrors.unwrapped(invalid.getMessage());
    }
  }
}
