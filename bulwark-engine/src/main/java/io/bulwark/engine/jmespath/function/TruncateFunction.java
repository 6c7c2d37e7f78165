package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code truncate(s, length)}: the first {@code length} characters of {@code s} (code points, not
 * UTF-16 units). A negative length counts as 0 and a fraction is dropped.
 */
final class TruncateFunction extends BaseFunction {

  TruncateFunction() {
    super(
        "truncate",
        "string",
        "keeps the first N characters of a string; write the length as a literal, e.g."
            + " truncate(@, `9`)",
        STRING,
        NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String s = Args.string(name(), arguments, 0);
    double length = Args.number(name(), arguments, 1);
    long keep = GoInts.toInt64(Math.max(length, 0));
    int codePoints = s.codePointCount(0, s.length());
    if (keep >= codePoints) {
      return JsonValues.text(s);
    }
    return JsonValues.text(s.substring(0, s.offsetByCodePoints(0, (int) keep)));
  }
}
