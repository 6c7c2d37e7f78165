package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code split(s, separator)}: the pieces between separators, empty ones included. An empty
 * separator splits into single characters.
 */
final class SplitFunction extends BaseFunction {

  SplitFunction() {
    super(
        "split",
        "array[string]",
        "splits the first string at every occurrence of the second",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String s = Args.string(name(), arguments, 0);
    String separator = Args.string(name(), arguments, 1);
    ArrayNode parts = JsonValues.FACTORY.arrayNode();
    GoStrings.split(s, separator).forEach(parts::add);
    return parts;
  }
}
