package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** {@code min_by(array, &expr) -> any}: the first element with the least key; null if empty. */
final class MinByFunction extends BuiltinFunction {

  MinByFunction() {
    super("min_by", List.of(List.of(ArgType.ARRAY), List.of(ArgType.EXPREF)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode array = arguments.get(0);
    if (array.size() <= 1) {
      // go-jmespath returns a lone element without evaluating its key.
      return array.isEmpty() ? NullNode.getInstance() : array.get(0);
    }
    ByExpression by = ByExpression.of(name(), array, arguments.get(1));
    return by.elements().get(by.best(-1));
  }
}
