package io.bulwark.engine.variables;

import io.bulwark.engine.cache.WeakIdentityCache;
import io.bulwark.engine.context.ContextException;
import io.bulwark.engine.context.JsonContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Kyverno's {@code {{ }}} substitution over a JSON document, in string leaves and map keys:
 * <ul>
 *   <li>a string that is exactly one variable takes the value's type (object, number, null...);
 *   <li>a variable inside a longer string is replaced by the value's text, JSON-encoded unless it
 *       is a string ({@code null} becomes {@code "null"});
 *   <li>the result is scanned again until no variable remains, so {@code {{ {{a}}.b }}} works;
 *       {@code {{- expr }}} substitutes once and escapes any {@code {{} in the value instead;
 *   <li>{@code \{{ }}} stays literal (the backslash is removed at the end);
 *   <li>on DELETE, {@code request.object} in a variable reads {@code request.oldObject};
 *   <li>{@code $(./relative/path)} references resolve against the document itself first.
 * </ul>
 * Stateless; the context carries the data.
 */
public final class Variables {

  /** A variable not preceded by a backslash; one level of inner braces for JMESPath hashes. */
  private static final Pattern VARIABLE = Pattern.compile("(?<!\\\\)\\{\\{(?:\\{[^{}]*\\}|[^{}])*\\}\\}");
  private static final Pattern ESCAPED_VARIABLE = Pattern.compile("\\\\\\{\\{(?:\\{[^{}]*\\}|[^{}])*\\}\\}");

  /*
   * Both caches hold what follows from a policy's own text alone: whether a tree of it needs
   * substituting (documents handed in are the policy's and are never changed), and the variables
   * of a string as the policy writes it. Neither grows past its limit.
   */
  private static final WeakIdentityCache<JsonNode, Boolean> NEEDS_SUBSTITUTION =
      new WeakIdentityCache<>(Variables::needsSubstitution, 16_384);
  private static final int VARIABLES_CACHE_LIMIT = 4096;
  private static final Map<String, List<Variable>> VARIABLES = new ConcurrentHashMap<>();

  private Variables() {}

  /** Whether a string holds a variable to substitute. */
  public static boolean containsVariable(String text) {
    return text.contains("{{") && VARIABLE.matcher(text).find();
  }

  /** Whether any leaf or key of the tree holds a variable or a {@code $(...)} reference. */
  public static boolean needsSubstitution(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isString()) {
      // Escaped forms count too: their backslash is removed.
      String s = node.stringValue();
      return s.contains("{{") || s.contains("$(");
    }
    if (node.isObject()) {
      for (var entry : node.properties()) {
        if (entry.getKey().contains("{{") || entry.getKey().contains("$(") || needsSubstitution(entry.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (needsSubstitution(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * References, then variables, substituted in a copy of {@code document}; the input is not
   * changed. Throws {@link SubstitutionException} naming the first variable that fails.
   */
  public static JsonNode substituteAll(JsonNode document, JsonContext context) {
    if (document == null || !(document.isContainer() ? NEEDS_SUBSTITUTION.get(document) : needsSubstitution(document))) {
      return document;
    }
    JsonNode withReferences = References.substitute(document);
    return walk(withReferences, "", context);
  }

  /** Substitutes the variables of one string, which may become another type when it is one variable. */
  public static JsonNode substitute(String text, JsonContext context, String path) {
    return substituteString(text, context, path);
  }

  private static JsonNode walk(JsonNode node, String path, JsonContext context) {
    if (node.isString()) {
      return substituteString(node.stringValue(), context, path);
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (var entry : node.properties()) {
        String key = entry.getKey();
        String childPath = path + "/" + key;
        if (containsVariable(key)) {
          JsonNode substitutedKey = substituteString(key, context, childPath);
          key = substitutedKey.isString() ? substitutedKey.stringValue() : text(substitutedKey);
        }
        out.set(key, walk(entry.getValue(), childPath, context));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(walk(node.get(i), path + "/" + i, context));
      }
      return out;
    }
    return node;
  }

  private static JsonNode substituteString(String value, JsonContext context, String path) {
    if (!value.contains("{{")) {
      return StringNode.valueOf(value);
    }
    String current = value;
    List<Variable> variables = VARIABLES.get(value);
    if (variables == null) {
      variables = find(value);
      if (VARIABLES.size() < VARIABLES_CACHE_LIMIT) {
        VARIABLES.put(value, variables);
      }
    }
    boolean delete = context.isDelete();
    while (!variables.isEmpty()) {
      String original = current;
      for (Variable variable : variables) {
        String expression = variable.expression();
        if (delete) {
          expression = expression.replace("request.object", "request.oldObject");
        }
        JsonNode resolved;
        try {
          resolved = context.query(expression);
        } catch (ContextException e) {
          throw new SubstitutionException("failed to resolve " + expression + " at path " + path + ": "
              + e.getMessage(), e);
        }
        if (original.equals(variable.text())) {
          return resolved;
        }
        String replacement = resolved.isString() ? resolved.stringValue() : text(resolved);
        if (variable.shallow()) {
          replacement = replacement.replace("{{", "\\{{");
        }
        current = current.replaceFirst(Pattern.quote(variable.text()), Matcher.quoteReplacement(replacement));
      }
      variables = find(current);
    }
    Matcher escaped = ESCAPED_VARIABLE.matcher(current);
    StringBuilder out = new StringBuilder();
    while (escaped.find()) {
      escaped.appendReplacement(out, Matcher.quoteReplacement(escaped.group().substring(1)));
    }
    escaped.appendTail(out);
    return StringNode.valueOf(out.toString());
  }

  /** One {@code {{ }}} occurrence: its text, whether it is {@code {{- }}}, and its query, stripped. */
  private record Variable(String text, boolean shallow, String expression) {

    static Variable of(String text) {
      boolean shallow = text.startsWith("{{-");
      return new Variable(text, shallow, text.substring(shallow ? 3 : 2, text.length() - 2).strip());
    }
  }

  private static List<Variable> find(String text) {
    if (!text.contains("{{")) {
      return List.of();
    }
    var found = new ArrayList<Variable>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      found.add(Variable.of(m.group()));
    }
    return List.copyOf(found);
  }

  /** Go's json.Marshal of a value: compact JSON. */
  static String text(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "null";
    }
    return io.bulwark.engine.jmespath.GoJson.marshal(value);
  }
}
