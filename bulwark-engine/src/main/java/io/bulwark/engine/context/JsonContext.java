package io.bulwark.engine.context;

import io.bulwark.engine.jmespath.CompiledExpression;
import io.bulwark.engine.jmespath.FunctionRegistry;
import io.bulwark.engine.jmespath.function.KyvernoFunctions;
import io.bulwark.engine.jmespath.JmesPath;
import io.bulwark.engine.jmespath.JmesPathException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document variables are resolved against: {@code request.*}, {@code images}, {@code
 * serviceAccountName}, values, context entries, foreach elements. One per rule evaluation; a
 * {@link #child()} shares the parent's data and shadows it, so a foreach iteration or a rule's own
 * entries never leak into the next. Not thread-safe, with one exception: a context that is no
 * longer changed (the one built once per request) may hand out children to several threads at
 * once, since a child copies before it writes. Compiled queries are shared and thread-safe.
 */
public final class JsonContext {

  private static final int CACHE_LIMIT = 4096;
  private static final FunctionRegistry FUNCTIONS = FunctionRegistry.standard().with(KyvernoFunctions.all());
  private static final Map<String, CompiledExpression> COMPILED = new ConcurrentHashMap<>();

  private ObjectNode data;
  /** Whether {@code data} may be seen by another context: then it is copied before any change. */
  private boolean shared;

  private JsonContext(ObjectNode data, boolean shared) {
    this.data = data;
    this.shared = shared;
  }

  public static JsonContext of(ObjectNode data) {
    return new JsonContext(data, false);
  }

  public static JsonContext empty() {
    return new JsonContext(JsonNodeFactory.instance.objectNode(), false);
  }

  /**
   * A context that sees everything this one holds and may add its own entries without changing
   * this one. Objects on the path of a {@link #put} are copied, never changed in place. Parent and
   * child share their data until either changes: most rule evaluations add nothing to the context,
   * so most children never copy anything.
   */
  public JsonContext child() {
    // Every thread that asks writes the same value; the parent copies before its next change.
    shared = true;
    return new JsonContext(data, true);
  }

  /**
   * A {@link #child} for the {@code index}-th element of a foreach list at depth {@code nesting}
   * (0 for the outermost): {@code element} and {@code elementIndex}, and their twins {@code
   * element<nesting>} and {@code elementIndex<nesting>}, as Kyverno sets them.
   */
  public JsonContext forElement(JsonNode element, int index, int nesting) {
    JsonContext elementContext = child();
    elementContext.put("element", element);
    elementContext.put("elementIndex", IntNode.valueOf(index));
    elementContext.put("element" + nesting, element);
    elementContext.put("elementIndex" + nesting, IntNode.valueOf(index));
    return elementContext;
  }

  private static ObjectNode shallowCopy(ObjectNode node) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    for (var entry : node.properties()) {
      copy.set(entry.getKey(), entry.getValue());
    }
    return copy;
  }

  /** The whole document (read-only by contract). */
  public JsonNode data() {
    return data;
  }

  /**
   * Evaluates a JMESPath query against the context, with Kyverno's error wording: a query that
   * does not compile gives {@code incorrect query Q: ...}; one that fails gives {@code JMESPath
   * query failed: ...} (e.g. {@code Unknown key "x" in path}).
   */
  public JsonNode query(String query) {
    String trimmed = query.strip();
    if (trimmed.isEmpty()) {
      throw new ContextException("invalid query (nil)");
    }
    CompiledExpression expression;
    try {
      expression = compile(trimmed);
    } catch (JmesPathException e) {
      throw new ContextException("incorrect query " + trimmed + ": " + e.getMessage(), e);
    }
    try {
      return expression.search(data);
    } catch (JmesPathException e) {
      throw new ContextException("JMESPath query failed: " + e.getMessage(), e);
    }
  }

  /** Compiles (and caches) a JMESPath expression with Kyverno's functions. */
  public static CompiledExpression compile(String expression) {
    CompiledExpression cached = COMPILED.get(expression);
    if (cached != null) {
      return cached;
    }
    CompiledExpression compiled = JmesPath.compile(expression, FUNCTIONS);
    if (COMPILED.size() < CACHE_LIMIT) {
      COMPILED.put(expression, compiled);
    }
    return compiled;
  }

  /** The standard JMESPath functions with Kyverno's extensions (its {@code sum} replacing the standard one). */
  public static FunctionRegistry functions() {
    return FUNCTIONS;
  }

  /**
   * Sets {@code value} at a dotted path ({@code request.operation}, {@code element}), creating
   * intermediate objects and replacing non-objects in the way, as Kyverno's context does for
   * values given by dotted keys.
   */
  public JsonContext put(String dottedPath, JsonNode value) {
    if (shared) {
      data = shallowCopy(data);
      shared = false;
    }
    if (dottedPath.indexOf('.') < 0) {
      data.set(dottedPath, value);
      return this;
    }
    String[] parts = dottedPath.split("\\.");
    ObjectNode node = data;
    for (int i = 0; i < parts.length - 1; i++) {
      // Copy each object on the way down: a child context shares its parent's objects.
      JsonNode next = node.get(parts[i]);
      ObjectNode object = next instanceof ObjectNode existing ? shallowCopy(existing)
          : JsonNodeFactory.instance.objectNode();
      node.set(parts[i], object);
      node = object;
    }
    node.set(parts[parts.length - 1], value);
    return this;
  }

  /**
   * Merges an object of values (keys may be dotted paths) into the context as Kyverno's
   * AddVariable does: a JSON merge of each value into what is already at its path, so an object
   * value adds to an existing object instead of replacing it (nulls are kept, not deletions).
   */
  public JsonContext putAll(JsonNode values) {
    if (values != null && values.isObject()) {
      for (var entry : values.properties()) {
        String[] parts = entry.getKey().split("\\.");
        JsonNode existing = data;
        for (String part : parts) {
          existing = existing == null ? null : existing.get(part);
        }
        put(entry.getKey(), merge(existing, entry.getValue()));
      }
    }
    return this;
  }

  /** {@code patch} merged into {@code target}; neither is changed. */
  private static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!(target instanceof ObjectNode existing) || !patch.isObject()) {
      return patch;
    }
    ObjectNode merged = shallowCopy(existing);
    for (var entry : patch.properties()) {
      merged.set(entry.getKey(), merge(existing.get(entry.getKey()), entry.getValue()));
    }
    return merged;
  }

  /** Whether {@code request.operation} is DELETE: variables then read the old object. */
  public boolean isDelete() {
    return "DELETE".equals(data.path("request").path("operation").asString(""));
  }
}
