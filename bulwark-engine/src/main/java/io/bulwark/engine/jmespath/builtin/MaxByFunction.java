package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** {@code max_by(array, &expr) -> any}: the first element with the greatest key; null if empty. */
final class MaxByFunction extends BuiltinFunction {

  MaxByFunction() {
    super("max_by", List.of(List.of(ArgType.ARRAY), List.of(ArgType.EXPREF)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode array = arguments.get(0);
    if (array.size() <= 1) {
      // go-jmespath returns a lone element without evaluating its key.
      return array.isEmpty() ? NullNode.getInstance() : array.get(0);
    }
    ByExpression by = ByExpression.of(name(), array, arguments.get(1));
    return by.elements().get(by.best(1));
  }
}
