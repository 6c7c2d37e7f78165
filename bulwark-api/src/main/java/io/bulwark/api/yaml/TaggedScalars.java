package io.bulwark.api.yaml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.StringNode;

/**
 * Scalars with an explicit standard tag ({@code !!int "12"}, {@code !!binary ...}). As in go-yaml
 * v2, the text is resolved as if it were plain, quoted or not, and must then be of the tagged kind;
 * an int is accepted where a float is asked for. {@code !!timestamp} keeps the text unchecked:
 * go-yaml hands timestamps to {@code interface{}} as their text.
 */
final class TaggedScalars {

  private TaggedScalars() {}

  /**
   * The value of {@code text} tagged {@code !!wanted} (one of bool, int, float, null, timestamp),
   * or empty when the text is not of that kind.
   */
  static Optional<JsonNode> typed(String text, String wanted) {
    JsonNode resolved = PlainScalars.resolve(text);
    return switch (wanted) {
      case "bool" -> resolved.isBoolean() ? Optional.of(resolved) : Optional.empty();
      case "int" -> resolved.isIntegralNumber() ? Optional.of(resolved) : Optional.empty();
      case "null" -> resolved.isNull() ? Optional.of(resolved) : Optional.empty();
      case "float" -> {
        if (resolved.isDouble()) {
          yield Optional.of(resolved);
        }
        yield resolved.isInt() || resolved.isLong()
            ? Optional.of(DoubleNode.valueOf(resolved.doubleValue()))
            : Optional.empty();
      }
      case "timestamp" -> Optional.of(StringNode.valueOf(text));
      default -> throw new IllegalArgumentException("not a resolvable tag: " + wanted);
    };
  }

  /** go-yaml's wording: {@code cannot decode !!str `abc` as a !!int}. */
  static String mismatch(String text, String wanted) {
    return "cannot decode !!"
        + kind(PlainScalars.resolve(text))
        + " `"
        + text
        + "` as a !!"
        + wanted;
  }

  /**
   * A {@code !!binary} scalar: standard base64, line breaks ignored, decoded bytes read as UTF-8
   * (invalid sequences become U+FFFD, as Go's {@code json.Marshal} does); empty if not base64.
   */
  static Optional<JsonNode> binary(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text.replace("\n", "").replace("\r", ""));
      return Optional.of(StringNode.valueOf(new String(bytes, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static String kind(JsonNode value) {
    if (value.isBoolean()) {
      return "bool";
    }
    if (value.isIntegralNumber()) {
      return "int";
    }
    if (value.isNumber()) {
      return "float";
    }
    return value.isNull() ? "null" : "str";
  }
}
