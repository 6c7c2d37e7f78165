package io.bulwark.api.load;

import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /** go-yaml v2's spellings of true and false, which a quoted value may have meant. */
  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "on");
  private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "off");

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
      String message = "expected true or false, got " + describe(value);
      String word = value.isString() ? value.stringValue().toLowerCase(Locale.ROOT) : "";
      if (TRUE_WORDS.contains(word) || FALSE_WORDS.contains(word)) {
        message += "; remove the quotes and write " + field + ": " + TRUE_WORDS.contains(word);
      }
      sink.error(path(field), message);
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
      sink.error(path(field), "expected a list, got " + typeName(value)
          + (value.isObject()
              ? "; start each list entry with \"- \""
              : "; write a list, such as [" + value.asString() + "]"));
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
      } else if (v.isContainer()) {
        sink.error(path(field).child(entry.getKey()), "expected a string, got " + typeName(v));
      } else {
        sink.error(path(field).child(entry.getKey()), "expected a string, got " + typeName(v)
            + "; put the value in double quotes so YAML reads it as a string");
      }
    }
    return out;
  }

  /**
   * Reports every field not in {@code known} as a warning: it is ignored, which may not be what the
   * author meant. A near miss ({@code mesage}) names the field it probably stands for.
   */
  void warnUnknown(Set<String> known) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        sink.warning(path(name), "unknown field \"" + name + "\" is ignored"
            + closest(name, known).map(k -> "; did you mean \"" + k + "\"?").orElse(""));
      }
    }
  }

  /**
   * The candidate {@code word} is most likely a misspelling of: the same ignoring case, or at most
   * two edits away (one for short words). Empty when none is that close, or two are equally close.
   */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : candidates) {
      int distance = candidate.equalsIgnoreCase(word) ? 0 : editDistance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    int allowed = Math.min(word.length(), best == null ? 0 : best.length()) <= 4 ? 1 : 2;
    return best != null && !tie && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, counting a swap of two neighbouring characters as one edit. */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The type of {@code value}, with the text of a short string: {@code string "yes"}. */
  static String describe(JsonNode value) {
    if (value != null && value.isString()) {
      String text = value.stringValue();
      return "string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    return typeName(value);
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
