package io.bulwark.engine.jmespath;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test documents written as JSON with single quotes. */
final class Trees {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private Trees() {}

  static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  /** The search result as compact JSON, or {@code error KIND: message}. */
  static String search(String expression, String document, JmesPath.Options options) {
    try {
      return JmesPath.compile(expression, options).search(json(document)).toString();
    } catch (JmesPathException e) {
      return "error " + e.kind() + ": " + e.getMessage();
    }
  }
}
