package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code lookup(collection, key)}: the value of a key in an object, or of an index in an array;
 * null when absent or out of range. An array index must be a whole number.
 */
final class LookupFunction extends BaseFunction {

  LookupFunction() {
    super(
        "lookup",
        "any",
        "the value at a key of an object or at an index of an array; null when there is none",
        OBJECT_OR_ARRAY,
        STRING_OR_NUMBER);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode collection = arguments.get(0);
    JsonNode key = arguments.get(1);
    if (collection.isObject()) {
      if (!key.isString()) {
        throw KyvernoErrors.invalidArgumentType(name(), 2, "String");
      }
      JsonNode value = collection.get(key.stringValue());
      return value == null ? JsonValues.FACTORY.nullNode() : value;
    }
    if (collection.isArray()) {
      if (!key.isNumber()) {
        throw KyvernoErrors.invalidArgumentType(name(), 2, "Number");
      }
      long index;
      try {
        index = GoInts.wholeNumber(key.doubleValue());
      } catch (GoInts.NotWhole notWhole) {
        throw KyvernoErrors.generic(name(), "argument #2: " + notWhole.getMessage());
      }
      if (index < 0 || index >= collection.size()) {
        return JsonValues.FACTORY.nullNode();
      }
      return collection.get((int) index);
    }
    throw KyvernoErrors.invalidArgumentType(name(), 1, "Object or Array");
  }
}
