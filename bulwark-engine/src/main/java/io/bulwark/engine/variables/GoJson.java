package io.bulwark.engine.variables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * JSON text as Go's {@code encoding/json} writes an {@code interface{}} value, which is what a
 * variable embedded in a longer string becomes in Kyverno: object keys sorted, numbers as float64
 * ({@code 3}, {@code 1.5}, {@code 1e+21}), and {@code <}, {@code >}, {@code &} escaped.
 */
public final class GoJson {

  private GoJson() {}

  public static String marshal(JsonNode value) {
    var out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(JsonNode value, StringBuilder out) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      out.append("null");
    } else if (value.isString()) {
      string(value.stringValue(), out);
    } else if (value.isBoolean()) {
      out.append(value.booleanValue());
    } else if (value.isNumber()) {
      out.append(number(value));
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(value.get(i), out);
      }
      out.append(']');
    } else if (value.isObject()) {
      List<String> keys = new ArrayList<>(value.propertyNames());
      Collections.sort(keys);
      out.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(keys.get(i), out);
        out.append(':');
        write(value.get(keys.get(i)), out);
      }
      out.append('}');
    } else {
      out.append(value.asString());
    }
  }

  /** Go formats float64 with the shortest digits, switching to exponent form outside [1e-6, 1e21). */
  static String number(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      long l = value.longValue();
      if (Math.abs(l) < 1e21) {
        return Long.toString(l);
      }
    }
    double d = value.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return new BigDecimal(d).toPlainString();
    }
    double abs = Math.abs(d);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String s = Double.toString(d); // e.g. 1.0E21 or 1.5E-7
      String mantissa = s.substring(0, s.indexOf('E'));
      int exponent = Integer.parseInt(s.substring(s.indexOf('E') + 1));
      if (mantissa.endsWith(".0")) {
        mantissa = mantissa.substring(0, mantissa.length() - 2);
      }
      // Go writes e+21 and e-07, then json trims the latter to e-7.
      return mantissa + "e" + (exponent < 0 ? "-" : "+") + (exponent > 0 && exponent < 10 ? "0" : "")
          + Math.abs(exponent);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
