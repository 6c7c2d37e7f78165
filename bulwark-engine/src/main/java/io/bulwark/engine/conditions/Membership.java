package io.bulwark.engine.conditions;

import io.bulwark.engine.pattern.GoFormat;
import io.bulwark.engine.pattern.GoKind;
import io.bulwark.engine.pattern.ValuePattern;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Kyverno's set operators {@code AnyIn}, {@code AllIn}, {@code AnyNotIn} and {@code AllNotIn}
 * ({@code anyin.go}, {@code allin.go}, {@code anynotin.go}, {@code allnotin.go}).
 *
 * <p>The key is a string, a number or a boolean (printed as Go's {@code fmt.Sprint} prints it) or a
 * list, whose elements are printed the same way; any other key is false. A scalar key and a list
 * key read the value differently:
 *
 * <ul>
 *   <li>a list value: elements are printed and matched by wildcard in either direction;
 *   <li>a string value: first a wildcard match with the value as the pattern (scalar key) or plain
 *       equality with a one-element key list, then a range {@code a-b} checked like a pattern, then
 *       a JSON array of strings (for a scalar key, compared without wildcards), else the string
 *       itself as a one-element list;
 *   <li>a number or boolean value: a one-element list, for a list key of {@code AnyIn} and {@code
 *       AnyNotIn} only;
 *   <li>anything else, or a string that is JSON but not an array of strings: false for all four
 *       operators, negated ones included.
 * </ul>
 */
final class Membership {

  private Membership() {}

  static boolean anyIn(JsonNode key, JsonNode value) {
    return switch (keyShape(key)) {
      case SCALAR -> scalarFound(GoFormat.value(key), value).orElse(false);
      case LIST -> anySet(texts(key), value, false).orElse(false);
      case UNSUPPORTED -> false;
    };
  }

  static boolean anyNotIn(JsonNode key, JsonNode value) {
    return switch (keyShape(key)) {
      case SCALAR -> scalarFound(GoFormat.value(key), value).map(found -> !found).orElse(false);
      case LIST -> anySet(texts(key), value, true).orElse(false);
      case UNSUPPORTED -> false;
    };
  }

  static boolean allIn(JsonNode key, JsonNode value) {
    return switch (keyShape(key)) {
      case SCALAR -> scalarFound(GoFormat.value(key), value).orElse(false);
      case LIST -> allSet(texts(key), value, false).orElse(false);
      case UNSUPPORTED -> false;
    };
  }

  static boolean allNotIn(JsonNode key, JsonNode value) {
    return switch (keyShape(key)) {
      case SCALAR -> scalarFound(GoFormat.value(key), value).map(found -> !found).orElse(false);
      case LIST -> allSet(texts(key), value, true).orElse(false);
      case UNSUPPORTED -> false;
    };
  }

  private enum KeyShape {
    SCALAR,
    LIST,
    UNSUPPORTED
  }

  private static KeyShape keyShape(JsonNode key) {
    return switch (GoKind.of(key)) {
      case STRING, INT64, FLOAT64, BOOL -> KeyShape.SCALAR;
      case SLICE -> KeyShape.LIST;
      default -> KeyShape.UNSUPPORTED;
    };
  }

  /**
   * Kyverno's {@code anyKeyExistsInArray} (and its identical twin {@code allKeyExistsInArray}):
   * whether a scalar key is in the value, or empty when the value has a type Kyverno rejects.
   */
  private static Optional<Boolean> scalarFound(String key, JsonNode value) {
    switch (GoKind.of(value)) {
      case SLICE -> {
        for (JsonNode element : value.values()) {
          if (matchesEitherWay(key, GoFormat.value(element))) {
            return Optional.of(true);
          }
        }
        return Optional.of(false);
      }
      case STRING -> {
        String text = value.stringValue();
        if (Wildcard.match(text, key)) {
          return Optional.of(true);
        }
        if (ValuePattern.isRange(text)) {
          return Optional.of(inRange(key, text));
        }
        return switch (JsonStringArray.read(text)) {
          case JsonStringArray.Strings(var strings) -> Optional.of(strings.contains(key));
          case JsonStringArray.NotStrings notStrings -> Optional.empty();
          // Not JSON: the string is a one-element list, which the wildcard match already covered.
          case JsonStringArray.NotJson notJson -> Optional.of(key.equals(text));
        };
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Kyverno's {@code anySetExistsInArray}: for {@code AnyIn}, whether some key element is in the
   * value; for {@code AnyNotIn}, whether some key element is not. Empty when Kyverno rejects the
   * value's type.
   */
  private static Optional<Boolean> anySet(List<String> keys, JsonNode value, boolean notIn) {
    switch (GoKind.of(value)) {
      case SLICE -> {
        return Optional.of(anyMatch(keys, texts(value), notIn));
      }
      case INT64, FLOAT64, BOOL -> {
        return Optional.of(anyMatch(keys, List.of(GoFormat.value(value)), notIn));
      }
      case STRING -> {
        String text = value.stringValue();
        if (keys.size() == 1 && keys.get(0).equals(text)) {
          return Optional.of(!notIn);
        }
        if (ValuePattern.isRange(text)) {
          // AnyNotIn turns "a-b" into "a!-b", replacing the first '-' as Kyverno does.
          String range = notIn ? negatedRange(text) : text;
          return Optional.of(keys.stream().anyMatch(k -> inRange(k, range)));
        }
        return stringElements(text).map(values -> anyMatch(keys, values, notIn));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Kyverno's {@code allSetExistsInArray}: for {@code AllIn}, whether every key element is in the
   * value; for {@code AllNotIn}, whether none is. A number or boolean value is rejected here.
   */
  private static Optional<Boolean> allSet(List<String> keys, JsonNode value, boolean notIn) {
    switch (GoKind.of(value)) {
      case SLICE -> {
        return Optional.of(allMatch(keys, texts(value), notIn));
      }
      case STRING -> {
        String text = value.stringValue();
        if (keys.size() == 1 && keys.get(0).equals(text)) {
          return Optional.of(!notIn);
        }
        if (ValuePattern.isRange(text)) {
          return Optional.of(
              notIn
                  ? keys.stream().noneMatch(k -> inRange(k, text))
                  : keys.stream().allMatch(k -> inRange(k, text)));
        }
        return stringElements(text).map(values -> allMatch(keys, values, notIn));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** {@code isAnyIn} or, negated per key, {@code isAnyNotIn}. */
  private static boolean anyMatch(List<String> keys, List<String> values, boolean notIn) {
    for (String key : keys) {
      if (contains(values, key) != notIn) {
        return true;
      }
    }
    return false;
  }

  /** {@code isAllIn} or {@code isAllNotIn}; both hold for an empty key list. */
  private static boolean allMatch(List<String> keys, List<String> values, boolean notIn) {
    for (String key : keys) {
      if (contains(values, key) == notIn) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(List<String> values, String key) {
    for (String value : values) {
      if (matchesEitherWay(key, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesEitherWay(String a, String b) {
    return Wildcard.match(a, b) || Wildcard.match(b, a);
  }

  /**
   * The elements of a string value that is not a range: a JSON array of strings, or the string
   * itself when it is not JSON; empty when it is JSON of another shape.
   */
  private static Optional<List<String>> stringElements(String text) {
    return switch (JsonStringArray.read(text)) {
      case JsonStringArray.Strings(var strings) -> Optional.of(strings);
      case JsonStringArray.NotStrings notStrings -> Optional.empty();
      case JsonStringArray.NotJson notJson -> Optional.of(List.of(text));
    };
  }

  /** {@code strings.Replace(text, "-", "!-", 1)}. */
  private static String negatedRange(String text) {
    int dash = text.indexOf('-');
    return text.substring(0, dash) + "!" + text.substring(dash);
  }

  /** Kyverno's {@code handleRange}: the key checked against the range as a pattern would be. */
  private static boolean inRange(String key, String range) {
    return ValuePattern.matches(StringNode.valueOf(key), StringNode.valueOf(range));
  }

  /** The elements of a list, each printed as Go's {@code fmt.Sprint} prints it. */
  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>(list.size());
    for (JsonNode element : list.values()) {
      texts.add(GoFormat.value(element));
    }
    return texts;
  }
}
