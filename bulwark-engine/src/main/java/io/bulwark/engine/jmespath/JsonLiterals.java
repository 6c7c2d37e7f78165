package io.bulwark.engine.jmespath;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses the text of a JSON literal ({@code `...`}) strictly, as go-jmespath's {@code
 * json.Unmarshal} does: surrounding whitespace is allowed, anything else that is not one JSON
 * value is a syntax error (no legacy bare-string form). Integral numbers become integer nodes, as
 * Go's float64 would print them.
 */
final class JsonLiterals {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private JsonLiterals() {}

  static JsonNode parse(Token literal, String expression) {
    JsonNode value;
    try {
      value = MAPPER.readTree(literal.text());
    } catch (JacksonException invalid) {
      throw new JmesPathSyntaxException(
          expression, literal.offset(), "invalid JSON literal: " + invalid.getOriginalMessage());
    }
    if (value == null || value.isMissingNode()) {
      throw new JmesPathSyntaxException(expression, literal.offset(), "empty JSON literal");
    }
    return normalize(value);
  }

  private static JsonNode normalize(JsonNode value) {
    if (value.isNumber()) {
      return value.isIntegralNumber() && value.canConvertToLong()
          ? JmesValues.number(value.longValue())
          : JmesValues.number(value.doubleValue());
    }
    if (value.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode(value.size());
      value.forEach(element -> result.add(normalize(element)));
      return result;
    }
    if (value.isObject()) {
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        result.set(entry.getKey(), normalize(entry.getValue()));
      }
      return result;
    }
    return value;
  }
}
