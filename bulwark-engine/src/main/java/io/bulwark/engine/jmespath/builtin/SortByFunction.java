package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code sort_by(array, &expr) -> array}: a stable sort by the expression's value. */
final class SortByFunction extends BuiltinFunction {

  SortByFunction() {
    super("sort_by", List.of(List.of(ArgType.ARRAY), List.of(ArgType.EXPREF)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode array = arguments.get(0);
    if (array.size() <= 1) {
      // go-jmespath returns a short array without evaluating any key.
      return array;
    }
    ByExpression by = ByExpression.of(name(), array, arguments.get(1));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < by.elements().size(); i++) {
      positions.add(i);
    }
    positions.sort((a, b) -> by.order().compare(by.keys().get(a), by.keys().get(b)));
    ArrayNode sorted = JsonNodeFactory.instance.arrayNode(positions.size());
    positions.forEach(i -> sorted.add(by.elements().get(i)));
    return sorted;
  }
}
