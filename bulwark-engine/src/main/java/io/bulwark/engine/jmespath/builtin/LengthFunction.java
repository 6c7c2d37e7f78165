package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesValues;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code length(string|array|object) -> number}; a string's length counts code points. */
final class LengthFunction extends BuiltinFunction {

  LengthFunction() {
    super("length", List.of(List.of(ArgType.STRING, ArgType.ARRAY, ArgType.OBJECT)));
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    JsonNode subject = arguments.get(0);
    if (subject.isString()) {
      String text = subject.stringValue();
      return JmesValues.number(text.codePointCount(0, text.length()));
    }
    return JmesValues.number(subject.size());
  }
}
