package io.bulwark.api.yaml;

import java.util.Map;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * The subset of Go's YAML encoder (go-yaml, as Kyverno uses it) that Kyverno's messages depend
 * on: block maps of strings with 2-space indent, each scalar in the style go-yaml picks (plain
 * when safe, else single-quoted, else double-quoted, literal for multi-line text), and long
 * scalars folded at spaces once the line passes 80 columns, as libyaml's emitter does.
 */
public final class GoYaml {

  private static final int BEST_WIDTH = 80;

  private GoYaml() {}

  /** A map of maps of strings, as Kyverno's denial message encodes it. */
  public static String nestedStringMap(SortedMap<String, SortedMap<String, String>> map) {
    var out = new StringBuilder();
    for (Map.Entry<String, SortedMap<String, String>> outer : map.entrySet()) {
      out.append(scalar(outer.getKey(), 0, 0)).append(":\n");
      for (Map.Entry<String, String> inner : outer.getValue().entrySet()) {
        String key = scalar(inner.getKey(), 2, 2);
        out.append("  ").append(key).append(": ");
        int column = 2 + key.length() + 2;
        out.append(scalar(inner.getValue(), column, 4)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Any JSON tree as a YAML document in go-yaml's block style (2-space indent, lists not indented
   * under their key, as sigs.k8s.io/yaml writes them), ending with a newline.
   */
  public static String write(JsonNode node) {
    var out = new StringBuilder();
    if (node.isObject() || node.isArray()) {
      if (node.isEmpty()) {
        out.append(node.isObject() ? "{}" : "[]").append('\n');
      } else {
        block(node, 0, out);
      }
    } else {
      out.append(leaf(node, 0, 2)).append('\n');
    }
    return out.toString();
  }

  private static void block(JsonNode node, int indent, StringBuilder out) {
    String pad = " ".repeat(indent);
    if (node.isObject()) {
      for (var entry : node.properties()) {
        String key = scalar(entry.getKey(), indent, indent + 2);
        JsonNode value = entry.getValue();
        out.append(pad).append(key).append(':');
        if ((value.isObject() || value.isArray()) && !value.isEmpty()) {
          out.append('\n');
          block(value, value.isArray() ? indent : indent + 2, out);
        } else {
          out.append(' ').append(leaf(value, indent + key.length() + 2, indent + 2)).append('\n');
        }
      }
    } else {
      for (JsonNode item : node) {
        out.append(pad).append("- ");
        if (item.isObject() && !item.isEmpty()) {
          var nested = new StringBuilder();
          block(item, indent + 2, nested);
          out.append(nested.substring(indent + 2));
        } else if (item.isArray() && !item.isEmpty()) {
          var nested = new StringBuilder();
          block(item, indent + 2, nested);
          out.append(nested.substring(indent + 2));
        } else {
          out.append(leaf(item, indent + 2, indent + 2)).append('\n');
        }
      }
    }
  }

  private static String leaf(JsonNode value, int column, int indent) {
    if (value.isObject()) {
      return "{}";
    }
    if (value.isArray()) {
      return "[]";
    }
    if (value.isNull() || value.isMissingNode()) {
      return "null";
    }
    if (value.isString()) {
      return scalar(value.stringValue(), column, indent);
    }
    return value.asString();
  }

  /**
   * One scalar, starting at {@code column}; continuation lines are indented by {@code indent}.
   */
  public static String scalar(String value, int column, int indent) {
    if (value.indexOf('\n') >= 0) {
      return literal(value, indent);
    }
    return switch (style(value)) {
      case PLAIN -> folded(value, column, indent, false);
      case SINGLE -> "'" + folded(value.replace("'", "''"), column + 1, indent, true) + "'";
      case DOUBLE -> doubleQuoted(value);
    };
  }

  private enum Style { PLAIN, SINGLE, DOUBLE }

  private static Style style(String value) {
    if (value.isEmpty() || looksLikeOtherType(value)) {
      return Style.DOUBLE;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7f) {
        return Style.DOUBLE;
      }
    }
    boolean plain = true;
    char first = value.charAt(0);
    if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
      plain = false;
    }
    if ((first == '-' || first == '?' || first == ':')
        && (value.length() == 1 || value.charAt(1) == ' ')) {
      plain = false;
    }
    if (value.startsWith("---") || value.startsWith("...")) {
      plain = false;
    }
    if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
      plain = false;
    }
    if (value.startsWith(" ") || value.endsWith(" ") || value.indexOf('\t') >= 0) {
      plain = false;
    }
    return plain ? Style.PLAIN : Style.SINGLE;
  }

  /** Strings Go's YAML would read back as another type are quoted to stay strings. */
  private static boolean looksLikeOtherType(String value) {
    return switch (value) {
      case "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~",
          "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
          "y", "Y", "n", "N", ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN" -> true;
      default -> value.matches("[-+]?(0|[1-9][0-9_]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?")
          || value.matches("[-+]?0[xob]?[0-9a-fA-F_]+");
    };
  }

  /**
   * libyaml folds at a space when the line is already past the width, the space is not the first
   * or last character, and the next character is not a space; runs of spaces are kept whole.
   */
  private static String folded(String value, int startColumn, int indent, boolean quoted) {
    var out = new StringBuilder(value.length() + 16);
    int column = startColumn;
    boolean previousWasSpace = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ') {
        boolean inside = !quoted || (i > 0 && i < value.length() - 1);
        boolean nextIsSpace = i + 1 < value.length() && value.charAt(i + 1) == ' ';
        if (!previousWasSpace && column > BEST_WIDTH && inside && !nextIsSpace) {
          out.append('\n').append(" ".repeat(indent));
          column = indent;
        } else {
          out.append(c);
          column++;
        }
        previousWasSpace = true;
      } else {
        out.append(c);
        column++;
        previousWasSpace = false;
      }
    }
    return out.toString();
  }

  private static String literal(String value, int indent) {
    String body = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    String chomp = value.endsWith("\n") ? "|" : "|-";
    var out = new StringBuilder(chomp);
    for (String line : body.split("\n", -1)) {
      out.append('\n');
      if (!line.isEmpty()) {
        out.append(" ".repeat(indent)).append(line);
      }
    }
    return out.toString();
  }

  private static String doubleQuoted(String value) {
    var out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
