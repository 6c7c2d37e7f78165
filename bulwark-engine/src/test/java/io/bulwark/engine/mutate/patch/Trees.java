package io.bulwark.engine.mutate.patch;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Test trees written as JSON with single quotes. */
final class Trees {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private Trees() {}

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  static ArrayNode ops(String json) {
    return (ArrayNode) tree(json);
  }
}
