package io.bulwark.engine.conditions;

import io.bulwark.engine.pattern.GoFormat;
import io.bulwark.engine.pattern.GoKind;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's deprecated {@code In} and {@code NotIn} ({@code in.go}, {@code notin.go}), kept for old
 * policies. They differ from {@code AllIn} and {@code AnyNotIn} in four ways: a string value must
 * be a wildcard matching the key or a JSON array of strings (any other string is rejected); there
 * are no ranges; a list key needs a list of strings, or a JSON array string, as the value and
 * compares exactly, without wildcards; and a one-element key list equal to a string value counts as
 * found for {@code NotIn} too, so {@code NotIn(["a"], "a")} holds.
 *
 * <p>A list key with an element that is not a string makes Kyverno's handler panic; here it is
 * simply false.
 */
final class LegacyMembership {

  private LegacyMembership() {}

  static boolean in(JsonNode key, JsonNode value) {
    return evaluate(key, value, false);
  }

  static boolean notIn(JsonNode key, JsonNode value) {
    return evaluate(key, value, true);
  }

  private static boolean evaluate(JsonNode key, JsonNode value, boolean notIn) {
    switch (GoKind.of(key)) {
      case STRING, INT64, FLOAT64, BOOL -> {
        return scalarFound(GoFormat.value(key), value).map(found -> found != notIn).orElse(false);
      }
      case SLICE -> {
        List<String> keys = new ArrayList<>();
        for (JsonNode element : key.values()) {
          if (GoKind.of(element) != GoKind.STRING) {
            return false;
          }
          keys.add(element.stringValue());
        }
        return setResult(keys, value, notIn).orElse(false);
      }
      default -> {
        return false;
      }
    }
  }

  /** Kyverno's {@code keyExistsInArray}; empty when the value is rejected. */
  private static Optional<Boolean> scalarFound(String key, JsonNode value) {
    switch (GoKind.of(value)) {
      case SLICE -> {
        for (JsonNode element : value.values()) {
          String text = GoFormat.value(element);
          if (Wildcard.match(text, key) || Wildcard.match(key, text)) {
            return Optional.of(true);
          }
        }
        return Optional.of(false);
      }
      case STRING -> {
        if (Wildcard.match(value.stringValue(), key)) {
          return Optional.of(true);
        }
        return strictStrings(value.stringValue()).map(strings -> strings.contains(key));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Kyverno's {@code setExistsInArray}: for {@code In}, whether every key is in the value; for
   * {@code NotIn}, whether some key is not. Empty when the value is rejected.
   */
  private static Optional<Boolean> setResult(List<String> keys, JsonNode value, boolean notIn) {
    List<String> values;
    switch (GoKind.of(value)) {
      case SLICE -> {
        values = new ArrayList<>();
        for (JsonNode element : value.values()) {
          if (GoKind.of(element) != GoKind.STRING) {
            return Optional.empty();
          }
          values.add(element.stringValue());
        }
      }
      case STRING -> {
        if (keys.size() == 1 && keys.get(0).equals(value.stringValue())) {
          // Kyverno answers "found" here whichever operator asked.
          return Optional.of(true);
        }
        Optional<List<String>> strings = strictStrings(value.stringValue());
        if (strings.isEmpty()) {
          return Optional.empty();
        }
        values = strings.get();
      }
      default -> {
        return Optional.empty();
      }
    }
    boolean allFound = values.containsAll(keys);
    return Optional.of(notIn ? !allFound : allFound);
  }

  /** A JSON array of strings; unlike the newer operators, any other string is rejected. */
  private static Optional<List<String>> strictStrings(String text) {
    return JsonStringArray.read(text) instanceof JsonStringArray.Strings(var strings)
        ? Optional.of(strings)
        : Optional.empty();
  }
}
