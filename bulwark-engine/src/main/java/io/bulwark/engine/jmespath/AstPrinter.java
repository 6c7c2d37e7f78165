package io.bulwark.engine.jmespath;

/**
 * Prints a parsed expression as an indented tree in go-jmespath's layout, for {@code bulwark jp
 * parse}:
 *
 * <pre>
 * ASTSubexpression {
 *   children: {
 *     ASTField {
 *       value: "foo"
 *     }
 *     ...
 * </pre>
 */
final class AstPrinter {

  private AstPrinter() {}

  static String print(Node node) {
    StringBuilder out = new StringBuilder();
    print(node, 0, out);
    return out.toString();
  }

  private static void print(Node node, int indent, StringBuilder out) {
    String spaces = " ".repeat(indent);
    String inner = " ".repeat(indent + 2);
    out.append(spaces).append(node.astName()).append(" {\n");
    if (node.astValue() != null) {
      out.append(inner).append("value: ").append(node.astValue()).append('\n');
    }
    if (!node.children().isEmpty()) {
      out.append(inner).append("children: {\n");
      for (Node child : node.children()) {
        print(child, indent + 4, out);
      }
      out.append(inner).append("}\n");
    }
    out.append(spaces).append("}\n");
  }

  /** A Go-syntax double-quoted string, as {@code %#v} prints one. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
