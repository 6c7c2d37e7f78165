package io.bulwark.api.load;

import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed, path-aware reads from an object node. A field of the wrong type is reported to the sink
 * (with its path and what was expected) and read as absent, so one bad field never hides the
 * others.
 */
final class NodeReader {

  private final JsonNode node;
  private final FieldPath path;
  private final ProblemSink sink;

  NodeReader(JsonNode node, FieldPath path, ProblemSink sink) {
    this.node = node;
    this.path = path;
    this.sink = sink;
  }

  /** A reader for {@code node} if it is an object; otherwise reports the type problem and returns null. */
  static NodeReader object(JsonNode node, FieldPath path, ProblemSink sink) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      sink.error(path, "expected an object, got " + typeName(node));
      return null;
    }
    return new NodeReader(node, path, sink);
  }

  FieldPath path() {
    return path;
  }

  FieldPath path(String field) {
    return path.child(field);
  }

  ProblemSink sink() {
    return sink;
  }

  ObjectNode node() {
    return (ObjectNode) node;
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** The raw value, or null when absent or null. */
  JsonNode raw(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  String string(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      sink.error(path(field), "expected a string, got " + typeName(value));
      return null;
    }
    return value.stringValue();
  }

  String requiredString(String field) {
    String value = string(field);
    if (value == null && !has(field)) {
      sink.error(path(field), "required field is missing");
    }
    return value;
  }

  boolean bool(String field, boolean defaultValue) {
    JsonNode value = raw(field);
    if (value == null) {
      return defaultValue;
    }
    if (!value.isBoolean()) {
      sink.error(path(field), "expected a boolean, got " + typeName(value));
      return defaultValue;
    }
    return value.booleanValue();
  }

  Integer integer(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      sink.error(path(field), "expected an integer, got " + typeName(value));
      return null;
    }
    return value.intValue();
  }

  /** An object field, or null when absent (or of the wrong type, which is reported). */
  JsonNode objectNode(String field) {
    JsonNode value = raw(field);
    if (value != null && !value.isObject()) {
      sink.error(path(field), "expected an object, got " + typeName(value));
      return null;
    }
    return value;
  }

  NodeReader child(String field) {
    return object(raw(field), path(field), sink);
  }

  /** Each element of a list field, read by {@code reader}; null results are dropped. */
  <T> List<T> list(String field, BiFunction<JsonNode, FieldPath, T> reader) {
    JsonNode value = raw(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      sink.error(path(field), "expected a list, got " + typeName(value));
      return List.of();
    }
    var out = new ArrayList<T>();
    for (int i = 0; i < value.size(); i++) {
      T item = reader.apply(value.get(i), path(field).index(i));
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  List<String> stringList(String field) {
    return list(field, (item, itemPath) -> {
      if (!item.isString()) {
        sink.error(itemPath, "expected a string, got " + typeName(item));
        return null;
      }
      return item.stringValue();
    });
  }

  List<JsonNode> nodeList(String field) {
    return list(field, (item, itemPath) -> item);
  }

  /** A map of string to string, as labels and annotations are. */
  Map<String, String> stringMap(String field) {
    JsonNode value = raw(field);
    var out = new LinkedHashMap<String, String>();
    if (value == null) {
      return out;
    }
    if (!value.isObject()) {
      sink.error(path(field), "expected a map of strings, got " + typeName(value));
      return out;
    }
    for (var entry : value.properties()) {
      JsonNode v = entry.getValue();
      if (v.isString()) {
        out.put(entry.getKey(), v.stringValue());
      } else if (v.isNull()) {
        out.put(entry.getKey(), "");
      } else {
        sink.error(path(field).child(entry.getKey()), "expected a string, got " + typeName(v)
            + " (quote the value)");
      }
    }
    return out;
  }

  /** Reports every field not in {@code known} as a warning: it is ignored, which may not be what the author meant. */
  void warnUnknown(Set<String> known) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        sink.warning(path(name), "unknown field \"" + name + "\" is ignored");
      }
    }
  }

  static String typeName(JsonNode value) {
    if (value == null || value.isNull()) return "null";
    if (value.isString()) return "string";
    if (value.isBoolean()) return "boolean";
    if (value.isIntegralNumber()) return "integer";
    if (value.isNumber()) return "number";
    if (value.isArray()) return "list";
    if (value.isObject()) return "object";
    return value.getNodeType().toString().toLowerCase();
  }
}
