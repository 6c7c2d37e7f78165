package io.bulwark.engine.conditions;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Kyverno reads a string value that may hold a JSON array of strings, such as a ConfigMap entry
 * {@code '["a", "b"]'}: Go's {@code json.Valid}, then {@code json.Unmarshal} into a {@code
 * []string}. JSON {@code null} reads as no strings, and a {@code null} element as {@code ""}, as in
 * Go.
 */
sealed interface JsonStringArray {

  /** The text is not JSON at all. */
  record NotJson() implements JsonStringArray {}

  /** The text is JSON, but not an array of strings (Go's unmarshal error). */
  record NotStrings() implements JsonStringArray {}

  /** The strings of the array. */
  record Strings(List<String> values) implements JsonStringArray {
    public Strings {
      values = List.copyOf(values);
    }
  }

  JsonMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static JsonStringArray read(String text) {
    JsonNode tree;
    try {
      tree = STRICT.readTree(text);
    } catch (JacksonException notJson) {
      return new NotJson();
    }
    if (tree == null || tree.isMissingNode()) {
      return new NotJson();
    }
    if (tree.isNull()) {
      return new Strings(List.of());
    }
    if (!tree.isArray()) {
      return new NotStrings();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : tree.values()) {
      if (element.isNull()) {
        values.add("");
      } else if (element.isString()) {
        values.add(element.stringValue());
      } else {
        return new NotStrings();
      }
    }
    return new Strings(values);
  }
}
