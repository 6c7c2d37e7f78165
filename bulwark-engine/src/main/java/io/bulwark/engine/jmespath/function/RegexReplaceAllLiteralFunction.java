package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code regex_replace_all_literal(regex, src, replacement)}: every match replaced by the
 * replacement text as it is ({@code $1} stays {@code $1}).
 */
final class RegexReplaceAllLiteralFunction extends BaseFunction {

  RegexReplaceAllLiteralFunction() {
    super(
        "regex_replace_all_literal",
        "string",
        "replaces every match of a regular expression with the replacement taken literally;"
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
      return JsonValues.text(GoRegex.compile(regex).replaceAllLiteral(src, replacement));
    } catch (GoRegex.Invalid invalid) {
      throw KyvernoErrors.generic(name(), invalid.getMessage());
    }
  }
}
