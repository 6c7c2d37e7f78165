package io.bulwark.engine.pattern;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test trees written as JSON with single quotes. */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private Json() {}

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }
}
