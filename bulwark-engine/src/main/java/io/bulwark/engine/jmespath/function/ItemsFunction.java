package io.bulwark.engine.jmespath.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code items(collection, keyName, valueName)}: one {@code {keyName: k, valueName: v}} object per
 * entry; object keys come sorted (by code point), array entries carry their index.
 */
final class ItemsFunction extends BaseFunction {

  ItemsFunction() {
    super(
        "items",
        "array",
        "turns an object or array into an array of {keyName: key, valueName: value} objects",
        OBJECT_OR_ARRAY,
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode collection = arguments.get(0);
    if (!arguments.get(1).isString()) {
      throw KyvernoErrors.invalidArgumentType(name(), 2, "String");
    }
    if (!arguments.get(2).isString()) {
      throw KyvernoErrors.invalidArgumentType(name(), 3, "String");
    }
    String keyName = arguments.get(1).stringValue();
    String valueName = arguments.get(2).stringValue();
    ArrayNode items = JsonValues.FACTORY.arrayNode();
    if (collection.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(collection.properties());
      entries.sort(Map.Entry.comparingByKey(GoStrings::compare));
      for (Map.Entry<String, JsonNode> entry : entries) {
        items.add(item(keyName, JsonValues.text(entry.getKey()), valueName, entry.getValue()));
      }
      return items;
    }
    if (collection.isArray()) {
      for (int i = 0; i < collection.size(); i++) {
        items.add(item(keyName, JsonValues.number(i), valueName, collection.get(i)));
      }
      return items;
    }
    throw KyvernoErrors.invalidArgumentType(name(), 1, "Object or Array");
  }

  private static ObjectNode item(String keyName, JsonNode key, String valueName, JsonNode value) {
    ObjectNode item = JsonValues.FACTORY.objectNode();
    item.set(keyName, key);
    item.set(valueName, value);
    return item;
  }
}
