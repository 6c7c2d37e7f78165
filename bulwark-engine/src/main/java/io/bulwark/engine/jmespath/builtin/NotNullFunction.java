package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * {@code not_null(any, ...) -> any}: the first argument that is not null. In Kyverno mode an
 * argument selecting a missing key arrives as null, so {@code not_null(a.b, 'default')} works.
 */
final class NotNullFunction extends BuiltinFunction {

  NotNullFunction() {
    super("not_null", List.of(List.of(ArgType.ANY)), true);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    for (JsonNode argument : arguments) {
      if (!argument.isNull()) {
        return argument;
      }
    }
    return NullNode.getInstance();
  }
}
