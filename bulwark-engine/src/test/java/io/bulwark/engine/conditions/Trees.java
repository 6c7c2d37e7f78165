package io.bulwark.engine.conditions;

import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test values written as JSON with single quotes. As in Kyverno's decoded policies, {@code 5} is an
 * int64 and {@code 5.0} a float64, so Go's {@code float64(5)} is written {@code 5.0} here.
 */
final class Trees {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private Trees() {}

  static JsonNode json(String json) {
    return MAPPER.readTree(json);
  }

  /** One table row: key and value as JSON, and whether the operator holds. */
  static Arguments row(String key, String value, boolean expected) {
    return Arguments.of(key, value, expected);
  }

  static boolean evaluate(ConditionOperator operator, String key, String value) {
    return operator.evaluate(json(key), json(value));
  }
}
