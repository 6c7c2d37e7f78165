package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code object_from_lists(keys, values)}: an object pairing each key with the value at the same
 * position, null when the values run out. Number and boolean keys are printed as Go prints them.
 */
final class ObjectFromListsFunction extends BaseFunction {

  ObjectFromListsFunction() {
    super(
        "object_from_lists",
        "object",
        "builds an object from an array of keys and an array of values",
        ARRAY,
        ARRAY);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode keys = arguments.get(0);
    JsonNode values = arguments.get(1);
    if (!keys.isArray()) {
      throw KyvernoErrors.invalidArgumentType(name(), 1, "Array");
    }
    if (!values.isArray()) {
      throw KyvernoErrors.invalidArgumentType(name(), 2, "Array");
    }
    ObjectNode object = JsonValues.FACTORY.objectNode();
    for (int i = 0; i < keys.size(); i++) {
      JsonNode key = keys.get(i);
      if (!key.isString() && !key.isNumber() && !key.isBoolean()) {
        throw KyvernoErrors.invalidArgumentType(name(), 1, "StringArray");
      }
      String text = Args.stringOrNumber(name(), List.of(key), 0);
      object.set(text, i < values.size() ? values.get(i) : JsonValues.FACTORY.nullNode());
    }
    return object;
  }
}
