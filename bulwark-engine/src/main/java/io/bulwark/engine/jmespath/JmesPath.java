package io.bulwark.engine.jmespath;

import static java.util.Objects.requireNonNull;

import tools.jackson.databind.JsonNode;

/**
 * JMESPath as Kyverno evaluates it. Compile once, then search any number of documents:
 *
 * <pre>{@code
 * CompiledExpression labels = JmesPath.compile("request.object.metadata.labels.app || ''");
 * JsonNode app = labels.search(context);
 * }</pre>
 *
 * <h2>Two modes</h2>
 *
 * {@link Options#standard()} follows the JMESPath specification: a field an object lacks is null.
 * {@link Options#kyverno()}, the default, follows Kyverno's interpreter (its fork of go-jmespath,
 * carried over unchanged into {@code pkg/engine/jmespath/interpreter.go} when Kyverno moved to
 * the JMESPath Community parser): selecting a field that an object does not have raises
 * {@code Unknown key "k" in path} ({@link NotFoundException}). A key present with a null value is
 * null, not missing, and a field of a non-object (null, string, array) is null in both modes.
 *
 * <h2>Where Kyverno mode reports a missing key and where it recovers</h2>
 *
 * Kyverno's interpreter returns a NotFound error from the field lookup and then, node by node,
 * either passes it up or swallows it and continues with null. This implementation does the same:
 *
 * <ul>
 *   <li><b>Passed up</b> (the whole search fails): sub-expressions {@code a.b.c} and index
 *       expressions {@code a[0]} (the first missing key is reported), and the right side of
 *       {@code &&}. So {@code {{ request.object.metadata.labels.app }}} fails when the pod has no
 *       {@code app} label, or no labels at all.
 *   <li><b>Recovered as null</b>: both sides of {@code ||} ({@code labels.app || ''} yields
 *       {@code ''}; {@code a || b} with both missing yields null), the left side of {@code &&},
 *       {@code !}, both sides of comparisons ({@code missing == null} is true), both sides of
 *       {@code |}, multi-select list and hash entries, function arguments ({@code
 *       not_null(a.b, 'x')}; {@code length(missing)} is then a type error on null), the values an
 *       expression reference yields ({@code sort_by}, {@code map}, ...), the left side and every
 *       element of a projection ({@code containers[*].securityContext} skips containers without
 *       one) and filter conditions ({@code containers[?securityContext.privileged]}).
 * </ul>
 *
 * Kyverno mode also keeps one more go-jmespath quirk: when the left side of a flatten ({@code
 * []}), a filter ({@code [?...]}) or an object projection ({@code .*}) fails with any error, the
 * projection is null instead of failing.
 *
 * <h2>Dialect</h2>
 *
 * The grammar is the JMESPath specification's, plus go-jmespath's root reference {@code $}. JSON
 * literals must be valid JSON, as in go-jmespath ({@code `foo`} is a syntax error, write
 * {@code 'foo'}). Not supported: the JMESPath Community extensions that newer Kyverno releases
 * parse (arithmetic operators, {@code let}, string slices).
 */
public final class JmesPath {

  private JmesPath() {}

  /** How missing keys and go-jmespath's quirks are handled; see the class documentation. */
  public enum Mode {
    STANDARD,
    KYVERNO
  }

  /** A mode and the functions expressions may call. */
  public record Options(Mode mode, FunctionRegistry functions) {

    public Options {
      requireNonNull(mode, "mode");
      requireNonNull(functions, "functions");
    }

    /** Kyverno's semantics with the standard functions; add Kyverno's with {@link #withFunctions}. */
    public static Options kyverno() {
      return new Options(Mode.KYVERNO, FunctionRegistry.standard());
    }

    /** The JMESPath specification's semantics with the standard functions. */
    public static Options standard() {
      return new Options(Mode.STANDARD, FunctionRegistry.standard());
    }

    public Options withFunctions(FunctionRegistry registry) {
      return new Options(mode, registry);
    }
  }

  /** Compiles in Kyverno mode with the standard functions. */
  public static CompiledExpression compile(String expression) {
    return compile(expression, Options.kyverno());
  }

  /** Compiles in Kyverno mode with the given functions. */
  public static CompiledExpression compile(String expression, FunctionRegistry functions) {
    return compile(expression, Options.kyverno().withFunctions(functions));
  }

  /**
   * Parses {@code expression}. Function names are resolved now; calling one the registry lacks
   * fails at evaluation, as in Kyverno.
   *
   * @throws JmesPathSyntaxException when the expression does not parse
   */
  public static CompiledExpression compile(String expression, Options options) {
    requireNonNull(expression, "expression");
    requireNonNull(options, "options");
    Node root = Parser.parse(expression, options.functions());
    return new CompiledExpression(expression, root, options);
  }

  /** Compiles and evaluates once, in Kyverno mode with the standard functions. */
  public static JsonNode search(String expression, JsonNode data) {
    return compile(expression).search(data);
  }
}
