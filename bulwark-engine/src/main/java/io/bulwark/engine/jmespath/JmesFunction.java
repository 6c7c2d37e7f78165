package io.bulwark.engine.jmespath;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A function callable from JMESPath expressions that takes values (not expression references):
 * every Kyverno extension function is one of these. The interpreter checks the argument count
 * and each argument against {@link #signature()} before calling {@link #call}, reporting
 * mismatches in Kyverno's words ({@code JMESPath function 'NAME': argument #N is not of type T}).
 * Implementations are stateless and thread-safe.
 */
public interface JmesFunction {

  /** The name expressions call it by, e.g. {@code to_upper}. */
  String name();

  /**
   * One entry per parameter; each entry lists the types that parameter accepts. When {@link
   * #variadic()} is true the last entry may repeat.
   */
  List<List<ArgType>> signature();

  default boolean variadic() {
    return false;
  }

  /**
   * The JMESPath type name of the result, as {@code jp function} prints it ({@code string}, {@code
   * number}, {@code bool}, {@code array}, {@code object}, {@code any}).
   */
  default String returnType() {
    return "any";
  }

  /** One sentence on what the function does, for {@code jp function}; empty when undocumented. */
  default String description() {
    return "";
  }

  /**
   * Computes the result. Throws {@link JmesPathException} with a user-facing message on bad
   * input that the signature cannot express (e.g. a string that is not a valid regex).
   */
  JsonNode call(List<JsonNode> arguments);
}
