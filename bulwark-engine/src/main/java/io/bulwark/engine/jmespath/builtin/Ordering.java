package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.JmesPathException;
import io.bulwark.engine.jmespath.JmesPathException.Kind;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The order of sort, max, min and their {@code _by} forms: numbers by value or strings by code
 * point, never a mix. The first value decides which, as in go-jmespath.
 */
final class Ordering {

  private Ordering() {}

  static final Comparator<JsonNode> NUMBERS =
      (a, b) -> Double.compare(a.doubleValue(), b.doubleValue());

  static final Comparator<JsonNode> STRINGS =
      (a, b) -> JmesValues.compareStrings(a.stringValue(), b.stringValue());

  /** The order for {@code keys}, or an invalid-type error naming {@code function}. */
  static Comparator<JsonNode> of(String function, List<JsonNode> keys) {
    if (keys.isEmpty()) {
      return NUMBERS;
    }
    boolean numbers = keys.get(0).isNumber();
    if (!numbers && !keys.get(0).isString()) {
      throw mismatch(function, keys.get(0));
    }
    for (JsonNode key : keys) {
      if (numbers ? !key.isNumber() : !key.isString()) {
        throw mismatch(function, key);
      }
    }
    return numbers ? NUMBERS : STRINGS;
  }

  private static JmesPathException mismatch(String function, JsonNode key) {
    return new JmesPathException(
        Kind.INVALID_TYPE,
        "JMESPath function '"
            + function
            + "': expression must yield all numbers or all strings, got "
            + JmesValues.typeOf(key));
  }

  /** A number result normalized to an integer node when integral; a string unchanged. */
  static JsonNode normalized(JsonNode value) {
    return value.isNumber() ? JmesValues.number(value.doubleValue()) : value;
  }
}
