package io.bulwark.engine.jmespath.function;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code label_match(selector, labels)}: whether every key of {@code selector} is in {@code
 * labels} with an equal value.
 */
final class LabelMatchFunction extends BaseFunction {

  LabelMatchFunction() {
    super(
        "label_match",
        "bool",
        "tells whether every label of the first object is in the second with the same value",
        OBJECT,
        OBJECT);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode selector = arguments.get(0);
    JsonNode labels = arguments.get(1);
    for (Map.Entry<String, JsonNode> wanted : selector.properties()) {
      JsonNode actual = labels.get(wanted.getKey());
      if (actual == null || !sameValue(actual, wanted.getValue())) {
        return JsonValues.bool(false);
      }
    }
    return JsonValues.bool(true);
  }

  /** Go's {@code ==} on decoded JSON values: numbers compare as float64. */
  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.doubleValue() == b.doubleValue();
    }
    return a.equals(b);
  }
}
