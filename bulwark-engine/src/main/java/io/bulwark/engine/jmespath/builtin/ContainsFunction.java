package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * {@code contains(array|string, any) -> boolean}: substring test for a string subject (false when
 * the search value is not a string), deep equality against each element for an array.
 */
final class ContainsFunction extends BuiltinFunction {

  ContainsFunction() {
    super("contains", List.of(List.of(ArgType.ARRAY, ArgType.STRING), List.of(ArgType.ANY)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode subject = arguments.get(0);
    JsonNode search = arguments.get(1);
    if (subject.isString()) {
      return BooleanNode.valueOf(
          search.isString() && subject.stringValue().contains(search.stringValue()));
    }
    for (JsonNode element : subject) {
      if (JmesValues.deepEquals(element, search)) {
        return BooleanNode.TRUE;
      }
    }
    return BooleanNode.FALSE;
  }
}
