package io.bulwark.engine.variables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code $(path)} references inside a pattern: the path, relative to the leaf that holds the
 * reference ({@code $(./../../requests/memory)}) or absolute, names another leaf of the same
 * document, anchors ignored; the reference is replaced by that leaf's string value. An operator
 * may lead the path ({@code $(>=../x)}). {@code \$(...)} stays literal.
 */
final class References {

  private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\$\\(.[^ ]*\\)");
  private static final Pattern ESCAPED = Pattern.compile("\\\\\\$\\(.[^ ]*\\)");
  private static final Pattern ANCHOR = Pattern.compile("^[+<=X^]?\\((.+)\\)$");
  private static final List<String> OPERATORS = List.of(">=", "<=", ">", "<", "!");

  private References() {}

  static boolean contains(String text) {
    return text.contains("$(") && REFERENCE.matcher(text).find();
  }

  static JsonNode substitute(JsonNode document) {
    return walk(document, "", document);
  }

  private static JsonNode walk(JsonNode node, String path, JsonNode document) {
    if (node.isString()) {
      return StringNode.valueOf(resolve(node.stringValue(), path, document));
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (var entry : node.properties()) {
        String childPath = path + "/" + entry.getKey();
        out.set(resolve(entry.getKey(), childPath, document), walk(entry.getValue(), childPath, document));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(walk(node.get(i), path + "/" + i, document));
      }
      return out;
    }
    return node;
  }

  private static String resolve(String value, String path, JsonNode document) {
    if (!value.contains("$(")) {
      return value;
    }
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String reference = m.group();
      String inner = reference.substring(2, reference.length() - 1);
      String operator = OPERATORS.stream().filter(inner::startsWith).findFirst().orElse("");
      String target = inner.substring(operator.length());
      if (target.isEmpty()) {
        throw new SubstitutionException("failed to resolve " + reference + " at path " + path
            + ": expected path, found empty reference");
      }
      String absolute = target.startsWith("/") ? clean(target) : clean(path + "/" + target);
      JsonNode found = find(document, "", absolute);
      if (found == null) {
        throw new SubstitutionException("got nil resolved variable " + reference + " at path " + path);
      }
      String replacement;
      if (operator.isEmpty()) {
        if (!found.isString()) {
          throw new SubstitutionException("NotResolvedReferenceErr,reference " + reference
              + " not resolved at path " + path);
        }
        replacement = found.stringValue();
      } else if (found.isString() || found.isNumber()) {
        replacement = operator + (found.isString() ? found.stringValue()
            : found.isIntegralNumber() ? found.asString() : String.format("%f", found.doubleValue()));
      } else {
        throw new SubstitutionException("failed to resolve " + reference + " at path " + path
            + ": incorrect expression: operator " + operator + " does not match with value " + found);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    Matcher escaped = ESCAPED.matcher(out.toString());
    StringBuilder unescaped = new StringBuilder();
    while (escaped.find()) {
      escaped.appendReplacement(unescaped, Matcher.quoteReplacement(escaped.group().substring(1)));
    }
    escaped.appendTail(unescaped);
    return unescaped.toString();
  }

  /** The leaf (or key's value) whose anchor-free path is {@code wanted}. */
  private static JsonNode find(JsonNode node, String path, String wanted) {
    if (path.equals(wanted) && path.length() > 0) {
      return node;
    }
    if (node.isObject()) {
      for (var entry : node.properties()) {
        JsonNode found = find(entry.getValue(), path + "/" + withoutAnchor(entry.getKey()), wanted);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode found = find(node.get(i), path + "/" + i, wanted);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String withoutAnchor(String key) {
    Matcher m = ANCHOR.matcher(key);
    return m.matches() ? m.group(1) : key;
  }

  /** Go's path.Clean for slash paths. */
  static String clean(String path) {
    var parts = new ArrayList<String>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
