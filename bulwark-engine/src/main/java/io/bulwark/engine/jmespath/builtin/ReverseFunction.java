package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** {@code reverse(string|array) -> string|array}; strings reverse by code point. */
final class ReverseFunction extends BuiltinFunction {

  ReverseFunction() {
    super("reverse", List.of(List.of(ArgType.ARRAY, ArgType.STRING)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode subject = arguments.get(0);
    if (subject.isString()) {
      int[] codePoints = subject.stringValue().codePoints().toArray();
      StringBuilder reversed = new StringBuilder(subject.stringValue().length());
      for (int i = codePoints.length - 1; i >= 0; i--) {
        reversed.appendCodePoint(codePoints[i]);
      }
      return StringNode.valueOf(reversed.toString());
    }
    ArrayNode reversed = JsonNodeFactory.instance.arrayNode(subject.size());
    for (int i = subject.size() - 1; i >= 0; i--) {
      reversed.add(subject.get(i));
    }
    return reversed;
  }
}
