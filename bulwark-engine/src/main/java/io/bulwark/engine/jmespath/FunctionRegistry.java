package io.bulwark.engine.jmespath;

import static java.util.Objects.requireNonNull;

import io.bulwark.engine.jmespath.builtin.StandardFunctions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions an expression may call, by name. Immutable: {@link #with} returns a new registry,
 * and a function added later replaces an earlier one of the same name, which is how Kyverno's
 * {@code sum} overrides the standard one:
 *
 * <pre>{@code
 * FunctionRegistry kyverno =
 *     FunctionRegistry.standard().with(new SumFunction(), new SplitFunction());
 * CompiledExpression e = JmesPath.compile("sum(items[].count)", kyverno);
 * }</pre>
 */
public final class FunctionRegistry {

  private static final FunctionRegistry STANDARD =
      new FunctionRegistry(Map.of()).with(StandardFunctions.all());

  private final Map<String, JmesFunction> functions;

  private FunctionRegistry(Map<String, JmesFunction> functions) {
    this.functions = functions;
  }

  /** The 26 built-in functions of the JMESPath specification, as go-jmespath defines them. */
  public static FunctionRegistry standard() {
    return STANDARD;
  }

  /** A registry with no functions at all. */
  public static FunctionRegistry empty() {
    return new FunctionRegistry(Map.of());
  }

  /** This registry plus {@code added}; an added function replaces one with the same name. */
  public FunctionRegistry with(JmesFunction... added) {
    return with(Arrays.asList(added));
  }

  public FunctionRegistry with(Collection<? extends JmesFunction> added) {
    Map<String, JmesFunction> merged = new LinkedHashMap<>(functions);
    for (JmesFunction function : added) {
      requireNonNull(function, "function");
      merged.put(requireNonNull(function.name(), "function name"), function);
    }
    return new FunctionRegistry(Map.copyOf(merged));
  }

  public Optional<JmesFunction> find(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Every function, sorted by name (for {@code jp function} listings). */
  public List<JmesFunction> functions() {
    List<JmesFunction> all = new ArrayList<>(functions.values());
    all.sort(Comparator.comparing(JmesFunction::name));
    return List.copyOf(all);
  }
}
