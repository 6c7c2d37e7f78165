package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code regex_replace_all(regex, src, replacement)}: every match of the Go regular expression
 * replaced, with {@code $1} and {@code ${name}} expanded as Go's {@code ReplaceAll} expands them.
 * Numbers are accepted for {@code src} and {@code replacement} and printed first.
 */
final class RegexReplaceAllFunction extends BaseFunction {

  RegexReplaceAllFunction() {
    super(
        "regex_replace_all",
        "string",
        "replaces every match of a regular expression, expanding $1 and ${name} in the replacement;"
            + " numbers are converted to strings",
        STRING,
        STRING_OR_NUMBER,
        STRING_OR_NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String regex = Args.string(name(), arguments, 0);
    String src = Args.stringOrNumber(name(), arguments, 1);
    String replacement = Args.stringOrNumber(name(), arguments, 2);
    try {
      return JsonValues.text(GoRegex.compile(regex).replaceAll(src, replacement));
    } catch (GoRegex.Invalid invalid) {
      throw KyvernoErrors.generic(name(), invalid.getMessage());
    }
  }
}
