package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** {@code max(array[number]|array[string]) -> number|string}; null for an empty array. */
final class MaxFunction extends BuiltinFunction {

  MaxFunction() {
    super("max", List.of(List.of(ArgType.ARRAY_NUMBER, ArgType.ARRAY_STRING)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    List<JsonNode> items = new ArrayList<>(arguments.get(0).values());
    if (items.isEmpty()) {
      return NullNode.getInstance();
    }
    Comparator<JsonNode> order = Ordering.of(name(), items);
    JsonNode best = items.get(0);
    for (JsonNode item : items) {
      if (order.compare(item, best) > 0) {
        best = item;
      }
    }
    return Ordering.normalized(best);
  }
}
