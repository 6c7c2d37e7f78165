package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.ArgType;
import io.bulwark.engine.jmespath.JmesFunction;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Name, signature and documentation of a Kyverno function, so that each function class holds only
 * its behaviour. The name is always written out, never derived from the class name.
 */
abstract class BaseFunction implements JmesFunction {

  static final List<ArgType> STRING = List.of(ArgType.STRING);
  static final List<ArgType> NUMBER = List.of(ArgType.NUMBER);
  static final List<ArgType> ANY = List.of(ArgType.ANY);
  static final List<ArgType> ARRAY = List.of(ArgType.ARRAY);
  static final List<ArgType> OBJECT = List.of(ArgType.OBJECT);
  static final List<ArgType> STRING_OR_NUMBER = List.of(ArgType.STRING, ArgType.NUMBER);
  static final List<ArgType> OBJECT_OR_ARRAY = List.of(ArgType.OBJECT, ArgType.ARRAY);

  private final String name;
  private final String returnType;
  private final String description;
  private final List<List<ArgType>> signature;

  @SafeVarargs
  BaseFunction(String name, String returnType, String description, List<ArgType>... parameters) {
    this.name = name;
    this.returnType = returnType;
    this.description = description;
    this.signature = List.of(parameters);
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
  public final String returnType() {
    return returnType;
  }

  @Override
  public final String description() {
    return description;
  }

  /** {@code name(string, string|number) bool}, as Kyverno's {@code jp function} prints it. */
  @Override
  public String toString() {
    String parameters =
        signature.stream()
            .map(types -> types.stream().map(ArgType::jmesName).collect(Collectors.joining("|")))
            .collect(Collectors.joining(", "));
    return name + "(" + parameters + ") " + returnType;
  }
}
