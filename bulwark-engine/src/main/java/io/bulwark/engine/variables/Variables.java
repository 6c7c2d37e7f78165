package io.bulwark.engine.variables;

import io.bulwark.engine.context.ContextException;
import io.bulwark.engine.context.JsonContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
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

  private Variables() {}

  /** Policy trees are substituted on every request: whether one needs it is worked out once per tree. */
  private static final io.bulwark.engine.cache.WeakIdentityCache<JsonNode, Boolean> NEEDS_SUBSTITUTION =
      new io.bulwark.engine.cache.WeakIdentityCache<>(Variables::needsSubstitution, 16_384);

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
    if (document == null || !NEEDS_SUBSTITUTION.get(document)) {
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
    // A policy's strings are substituted on every request: their first scan is kept.
    List<MatchResult> variables = FIRST_SCAN.get(value);
    if (variables == null) {
      variables = find(value);
      if (FIRST_SCAN.size() < FIRST_SCAN_LIMIT) {
        FIRST_SCAN.put(value, variables);
      }
    }
    while (!variables.isEmpty()) {
      String original = current;
      // Replace each variable where it was found: an escaped twin (\{{ x }}) earlier in the
      // string has the same text and must stay literal.
      StringBuilder next = new StringBuilder();
      int copied = 0;
      for (MatchResult match : variables) {
        String variable = match.group();
        boolean shallow = variable.startsWith("{{-");
        String expression = variable.substring(shallow ? 3 : 2, variable.length() - 2).strip();
        if (context.isDelete()) {
          expression = expression.replace("request.object", "request.oldObject");
        }
        JsonNode resolved;
        try {
          resolved = context.query(expression);
        } catch (ContextException e) {
          throw new SubstitutionException("failed to resolve " + expression + " at path " + path + ": "
              + e.getMessage(), e);
        }
        if (original.equals(variable)) {
          return resolved;
        }
        String replacement = resolved.isString() ? resolved.stringValue() : text(resolved);
        if (shallow) {
          replacement = replacement.replace("{{", "\\{{");
        }
        next.append(original, copied, match.start()).append(replacement);
        copied = match.end();
      }
      current = next.append(original, copied, original.length()).toString();
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

  private static final int FIRST_SCAN_LIMIT = 4096;
  private static final java.util.Map<String, List<MatchResult>> FIRST_SCAN = new java.util.concurrent.ConcurrentHashMap<>();

  private static List<MatchResult> find(String text) {
    var found = new ArrayList<MatchResult>();
    if (!text.contains("{{")) {
      return found;
    }
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      found.add(m.toMatchResult());
    }
    return found;
  }

  /** Go's json.Marshal of a value: compact JSON. */
  public static String text(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "null";
    }
    return io.bulwark.engine.jmespath.GoJson.marshal(value);
  }
}
