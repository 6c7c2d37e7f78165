package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to already-checked arguments. The interpreter checks types against each
 * signature; these guards only matter when a function is called directly, and then fail with
 * Kyverno's {@code validateArg} wording (Go kind names {@code string} and {@code float64}).
 */
final class Args {

  private Args() {}

  static String string(String function, List<JsonNode> arguments, int index) {
    JsonNode value = arguments.get(index);
    if (!value.isString()) {
      throw KyvernoErrors.invalidArgumentType(function, index + 1, "string");
    }
    return value.stringValue();
  }

  static double number(String function, List<JsonNode> arguments, int index) {
    JsonNode value = arguments.get(index);
    if (!value.isNumber()) {
      throw KyvernoErrors.invalidArgumentType(function, index + 1, "float64");
    }
    return value.doubleValue();
  }

  /**
   * Kyverno's {@code ifaceToString} for string-or-number parameters: numbers are printed as Go
   * prints a float32 ({@code 12}, {@code 1.5}, {@code 123456790} for 123456789).
   */
  static String stringOrNumber(String function, List<JsonNode> arguments, int index) {
    JsonNode value = arguments.get(index);
    if (value.isString()) {
      return value.stringValue();
    }
    if (value.isNumber()) {
      return GoFloats.formatFloat32(value.doubleValue());
    }
    if (value.isBoolean()) {
      return Boolean.toString(value.booleanValue());
    }
    throw KyvernoErrors.invalidArgumentType(function, index + 1, "String or Real");
  }
}
