package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * {@code to_number(any) -> number}: a number unchanged, a string parsed as Go's {@code
 * strconv.ParseFloat} parses a decimal (optional sign, {@code .5}, {@code 5.}, exponent), anything
 * else null. Strings Go would read as infinity, NaN or a hex float, or that overflow, give null:
 * Kyverno cannot use those values either.
 */
final class ToNumberFunction extends BuiltinFunction {

  ToNumberFunction() {
    super("to_number", List.of(List.of(ArgType.ANY)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode value = arguments.get(0);
    if (value.isNumber()) {
      return value.isIntegralNumber() ? value : JmesValues.number(value.doubleValue());
    }
    if (value.isString() && isDecimal(value.stringValue())) {
      double parsed = Double.parseDouble(value.stringValue());
      if (!Double.isInfinite(parsed)) {
        return JmesValues.number(parsed);
      }
    }
    return NullNode.getInstance();
  }

  /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}. */
  static boolean isDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int integerDigits = countDigits(text, i);
    i += integerDigits;
    int fractionDigits = 0;
    if (i < n && text.charAt(i) == '.') {
      i++;
      fractionDigits = countDigits(text, i);
      i += fractionDigits;
    }
    if (integerDigits + fractionDigits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = countDigits(text, i);
      if (exponentDigits == 0) {
        return false;
      }
      i += exponentDigits;
    }
    return i == n;
  }

  private static int countDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
