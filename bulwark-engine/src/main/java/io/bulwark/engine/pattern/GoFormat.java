package io.bulwark.engine.pattern;

import io.bulwark.engine.value.GoText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Go's text forms of decoded JSON values, as they appear in Kyverno's messages ({@code %v},
 * {@code %T}) and in its comparisons ({@code strconv.FormatFloat} with {@code 'E'}, {@code %f}).
 */
public final class GoFormat {

  private GoFormat() {}

  /** {@code fmt.Sprintf("%v", value)}; maps print with sorted keys, as Go's fmt does. */
  public static String value(JsonNode node) {
    return switch (GoKind.of(node)) {
      case NIL -> "<nil>";
      case BOOL -> Boolean.toString(node.booleanValue());
      case INT64 -> Long.toString(node.longValue());
      case FLOAT64 -> shortestG(node.doubleValue());
      case STRING -> node.stringValue();
      case SLICE -> {
        List<String> items = new ArrayList<>();
        for (JsonNode item : node.values()) {
          items.add(value(item));
        }
        yield "[" + String.join(" ", items) + "]";
      }
      case MAP -> {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
        entries.sort(Map.Entry.comparingByKey(GoText.BYTE_ORDER));
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries) {
          items.add(e.getKey() + ":" + value(e.getValue()));
        }
        yield "map[" + String.join(" ", items) + "]";
      }
      case OTHER -> node.toString();
    };
  }

  /** {@code fmt.Sprintf("%T", value)}. */
  static String typeName(JsonNode node) {
    return GoKind.of(node).goTypeName();
  }

  /** {@code strconv.FormatFloat(v, 'E', -1, 64)}: shortest digits, e.g. {@code 1.5E+00}. */
  static String exponentForm(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return special(v);
    }
    String sign = isNegative(v) ? "-" : "";
    if (v == 0) {
      return sign + "0E+00";
    }
    Digits d = Digits.shortest(Math.abs(v));
    return sign + mantissa(d.digits()) + "E" + exponent(d.pointPosition() - 1);
  }

  /** {@code fmt.Sprintf("%f", v)}: six fractional digits, correctly rounded. */
  static String sixDecimals(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return special(v);
    }
    String text = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    return isNegative(v) && !text.startsWith("-") ? "-" + text : text;
  }

  /** {@code %v} of a float64: {@code 'g'} with shortest digits and Go's exponent threshold. */
  static String shortestG(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return special(v);
    }
    String sign = isNegative(v) ? "-" : "";
    if (v == 0) {
      return sign + "0";
    }
    Digits d = Digits.shortest(Math.abs(v));
    int exp = d.pointPosition() - 1;
    // Go uses exponent form below 1e-4 and from 1e+06 on when printing the shortest digits.
    if (exp < -4 || exp >= 6) {
      return sign + mantissa(d.digits()) + "e" + exponent(exp);
    }
    String digits = d.digits();
    int point = d.pointPosition();
    if (point <= 0) {
      return sign + "0." + "0".repeat(-point) + digits;
    }
    if (point >= digits.length()) {
      return sign + digits + "0".repeat(point - digits.length());
    }
    return sign + digits.substring(0, point) + "." + digits.substring(point);
  }

  private static String mantissa(String digits) {
    return digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
  }

  private static String exponent(int exp) {
    String magnitude = Integer.toString(Math.abs(exp));
    return (exp < 0 ? "-" : "+") + (magnitude.length() < 2 ? "0" + magnitude : magnitude);
  }

  private static boolean isNegative(double v) {
    return v < 0 || (v == 0 && 1 / v < 0);
  }

  private static String special(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return v > 0 ? "+Inf" : "-Inf";
  }

  /**
   * The shortest decimal digits that read back as the same double (Java 19+ {@code
   * Double.toString} picks the same digits as Go's shortest formatting), with the decimal point
   * position: the value is {@code 0.digits × 10^pointPosition}.
   */
  private record Digits(String digits, int pointPosition) {
    static Digits shortest(double positive) {
      BigDecimal exact = new BigDecimal(Double.toString(positive)).stripTrailingZeros();
      String digits = exact.unscaledValue().toString();
      return new Digits(digits, digits.length() - exact.scale());
    }
  }
}
