package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code keys(object) -> array[string]}, in the object's order (Go's map order is random, so no
 * Kyverno policy can depend on one).
 */
final class KeysFunction extends BuiltinFunction {

  KeysFunction() {
    super("keys", List.of(List.of(ArgType.OBJECT)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    ArrayNode keys = JsonNodeFactory.instance.arrayNode();
    arguments.get(0).propertyNames().forEach(keys::add);
    return keys;
  }
}
