package io.bulwark.engine.jmespath.builtin;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesFunction;
import java.util.List;

/** Name, signature and variadic flag of a built-in, fixed at construction. */
abstract class BuiltinFunction implements JmesFunction {

  private final String name;
  private final List<List<ArgType>> signature;
  private final boolean variadic;

  BuiltinFunction(String name, List<List<ArgType>> signature) {
    this(name, signature, false);
  }

  BuiltinFunction(String name, List<List<ArgType>> signature, boolean variadic) {
    this.name = name;
    this.signature = List.copyOf(signature);
    this.variadic = variadic;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<List<ArgType>> signature() {
    return signature;
  }

  @Override
  public final boolean variadic() {
    return variadic;
  }

  @Override
  public String toString() {
    return name;
  }
}
