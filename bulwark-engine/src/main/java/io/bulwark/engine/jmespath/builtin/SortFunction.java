package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code sort(array[number]|array[string]) -> array}, stable. */
final class SortFunction extends BuiltinFunction {

  SortFunction() {
    super("sort", List.of(List.of(ArgType.ARRAY_NUMBER, ArgType.ARRAY_STRING)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    List<JsonNode> items = new ArrayList<>(arguments.get(0).values());
    items.sort(Ordering.of(name(), items));
    ArrayNode sorted = JsonNodeFactory.instance.arrayNode(items.size());
    items.forEach(item -> sorted.add(Ordering.normalized(item)));
    return sorted;
  }
}
