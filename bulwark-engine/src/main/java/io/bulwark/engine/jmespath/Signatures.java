package io.bulwark.engine.jmespath;

import io.bulwark.engine.jmespath.JmesPathException.Kind;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Checks a call's arguments against the function's declared signature before calling it. */
final class Signatures {

  private Signatures() {}

  static void check(JmesFunction function, List<JsonNode> arguments) {
    List<List<ArgType>> signature = function.signature();
    int expected = signature.size();
    int actual = arguments.size();
    boolean variadic = function.variadic();
    if (variadic ? actual < expected : actual != expected) {
      throw new JmesPathException(
          Kind.INVALID_ARITY,
          String.format(
              "JMESPath function '%s': expected %s%d argument%s, got %d",
              function.name(),
              variadic ? "at least " : "",
              expected,
              expected == 1 ? "" : "s",
              actual));
    }
    for (int i = 0; i < actual; i++) {
      List<ArgType> accepted = signature.get(Math.min(i, expected - 1));
      if (!accepts(accepted, arguments.get(i))) {
        throw new JmesPathException(
            Kind.INVALID_TYPE,
            String.format(
                "JMESPath function '%s': argument #%d is not of type %s",
                function.name(),
                i + 1,
                accepted.stream().map(ArgType::jmesName).collect(Collectors.joining("|"))));
      }
    }
  }

  /** An expression reference matches only EXPREF, and EXPREF matches nothing else. */
  private static boolean accepts(List<ArgType> accepted, JsonNode argument) {
    boolean reference = JmesValues.isExpressionReference(argument);
    for (ArgType type : accepted) {
      if (type == ArgType.EXPREF ? reference : !reference && type.accepts(argument)) {
        return true;
      }
    }
    return false;
  }
}
