package io.bulwark.api.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Resolves the text of a plain (unquoted, untagged) scalar the way go-yaml v2's {@code resolve}
 * does, which is what kubectl and Kyverno see through sigs.k8s.io/yaml.
 *
 * <p>The first character decides what is tried, as in go-yaml's resolve table: the fixed words
 * ({@code y, yes, on, true, ~, null, .inf, ...}) in the exact spellings go-yaml lists; after a
 * {@code .} a float; after a digit or sign an int (any Go base prefix, {@code _} ignored), then an
 * unsigned int, then a float, then a big int. Anything else is a string. Timestamps are strings:
 * go-yaml keeps their text when decoding into {@code interface{}}.
 *
 * <p>Numbers: an int64 becomes an {@link IntNode} or {@link LongNode}; a value only Go's uint64 or
 * {@code big.Int} can hold becomes a {@link BigIntegerNode} (exact, as {@code json.Marshal} writes
 * them); a decimal too long for uint64 becomes a double, because go-yaml's float pattern matches it
 * before the big-int fallback. A float that overflows a double stays a string, since Go's
 * ParseFloat reports a range error for it. Stateless and thread-safe.
 */
final class PlainScalars {

  private static final Pattern GO_YAML_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** What Go's ParseFloat accepts after a leading dot: {@code _} only between digits. */
  private static final Pattern GO_DOT_FLOAT =
      Pattern.compile("\\.[0-9]+(_[0-9]+)*([eE][-+]?[0-9]+(_[0-9]+)*)?");

  private static final Map<String, JsonNode> WORDS = words();

  private PlainScalars() {}

  /** The JSON value go-yaml v2 gives the plain scalar {@code text}. */
  static JsonNode resolve(String text) {
    JsonNode word = WORDS.get(text);
    if (word != null) {
      return word;
    }
    char first = text.charAt(0);
    if (first == '.') {
      return dotFloat(text);
    }
    if ((first >= '0' && first <= '9') || first == '-' || first == '+') {
      return number(text);
    }
    return StringNode.valueOf(text);
  }

  private static JsonNode dotFloat(String text) {
    if (GO_DOT_FLOAT.matcher(text).matches()) {
      double value = Double.parseDouble(text.replace("_", ""));
      if (!Double.isInfinite(value)) {
        return DoubleNode.valueOf(value);
      }
    }
    return StringNode.valueOf(text);
  }

  private static JsonNode number(String text) {
    String plain = text.indexOf('_') < 0 ? text : text.replace("_", "");
    GoIntegers.Result signed = GoIntegers.parseSigned(plain);
    if (signed.isOk()) {
      long value = signed.bits();
      return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }
    GoIntegers.Result unsigned = GoIntegers.parseUnsigned(plain);
    if (unsigned.isOk()) {
      return BigIntegerNode.valueOf(GoIntegers.unsignedValue(unsigned.bits()));
    }
    if (GO_YAML_FLOAT.matcher(plain).matches()) {
      double value = Double.parseDouble(plain);
      if (!Double.isInfinite(value)) {
        return DoubleNode.valueOf(value);
      }
    }
    // go-yaml's separate 0b branch predates Go 1.13; base-0 parsing above already covers it.
    if (unsigned.status() == GoIntegers.Status.RANGE) {
      var big = GoIntegers.parseBig(plain);
      if (big.isPresent()) {
        return BigIntegerNode.valueOf(big.get());
      }
    }
    return StringNode.valueOf(text);
  }

  private static Map<String, JsonNode> words() {
    var words = new HashMap<String, JsonNode>();
    put(words, BooleanNode.TRUE, "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE");
    put(words, BooleanNode.TRUE, "on", "On", "ON");
    put(words, BooleanNode.FALSE, "n", "N", "no", "No", "NO", "false", "False", "FALSE");
    put(words, BooleanNode.FALSE, "off", "Off", "OFF");
    put(words, NullNode.instance, "", "~", "null", "Null", "NULL");
    put(words, DoubleNode.valueOf(Double.NaN), ".nan", ".NaN", ".NAN");
    put(words, DoubleNode.valueOf(Double.POSITIVE_INFINITY), ".inf", ".Inf", ".INF");
    put(words, DoubleNode.valueOf(Double.POSITIVE_INFINITY), "+.inf", "+.Inf", "+.INF");
    put(words, DoubleNode.valueOf(Double.NEGATIVE_INFINITY), "-.inf", "-.Inf", "-.INF");
    return Map.copyOf(words);
  }

  private static void put(Map<String, JsonNode> words, JsonNode value, String... spellings) {
    for (String spelling : List.of(spellings)) {
      words.put(spelling, value);
    }
  }
}
