package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code merge(object, ...) -> object}: a shallow merge in which later objects win. */
final class MergeFunction extends BuiltinFunction {

  MergeFunction() {
    super("merge", List.of(List.of(ArgType.OBJECT)), true);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    for (JsonNode object : arguments) {
      object.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
    }
    return merged;
  }
}
