package io.bulwark.engine.jmespath;

import io.bulwark.engine.jmespath.JmesPathException.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON text exactly as Go's {@code json.Marshal} writes a decoded value: compact, object keys
 * sorted, {@code <}, {@code >} and {@code &} escaped, and every number printed as the float64 Go
 * decoded it to ({@code 1.0} prints {@code 1}, {@code 1e21} prints {@code 1e+21}). Kyverno prints
 * non-string values this way in {@code to_string()} and in variables embedded in text.
 */
public final class GoJson {

  /** Go sorts map keys by their UTF-8 bytes, which is code point order, not UTF-16 order. */
  private static final Comparator<String> KEY_ORDER = JmesValues::compareStrings;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {}

  public static String marshal(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** {@code strconv.FormatFloat} as {@code encoding/json} calls it for a float64. */
  public static String number(double value) {
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new JmesPathException("json: unsupported value: " + value);
    }
    double abs = Math.abs(value);
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    if (abs >= 1e-6 && abs < 1e21) {
      return shortest.toPlainString();
    }
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    StringBuilder out = new StringBuilder();
    if (value < 0) {
      out.append('-');
    }
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    out.append('e').append(exponent < 0 ? '-' : '+');
    int magnitude = Math.abs(exponent);
    // Go writes at least two exponent digits, and encoding/json trims "e-07" back to "e-7".
    if (magnitude < 10 && exponent > 0) {
      out.append('0');
    }
    return out.append(magnitude).toString();
  }

  private static void write(JsonNode value, StringBuilder out) {
    switch (value.getNodeType()) {
      case NULL, MISSING -> out.append("null");
      case BOOLEAN -> out.append(value.booleanValue());
      case NUMBER -> out.append(number(value));
      case STRING -> string(value.stringValue(), out);
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < value.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(value.get(i), out);
        }
        out.append(']');
      }
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
        entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(entries.get(i).getKey(), out);
          out.append(':');
          write(entries.get(i).getValue(), out);
        }
        out.append('}');
      }
      default -> throw new JmesPathException(
          Kind.INVALID_TYPE, "json: unsupported value of type " + JmesValues.typeOf(value));
    }
  }

  private static String number(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      long exact = value.longValue();
      // Go decoded the number to a float64; print what that float64 holds.
      return Math.abs(exact) <= (1L << 53) ? Long.toString(exact) : number((double) exact);
    }
    return number(value.doubleValue());
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, out);
        default -> {
          if (c < 0x20) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
