package io.bulwark.api.yaml;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns a resolved YAML map key into a JSON object key the way sigs.k8s.io/yaml's {@code
 * convertToJSONableObject} does: strings stay, ints print in decimal, bools print as {@code
 * true}/{@code false}, and floats print with Go's {@code strconv.FormatFloat(f, 'g', -1, 32)}. So
 * {@code on:} becomes {@code "true"}, {@code 0x1F:} becomes {@code "31"} and {@code 1.0:} becomes
 * {@code "1"}. Null keys and ints outside int64 have no JSON form there and are rejected here too.
 */
final class MapKeys {

  private MapKeys() {}

  /** The JSON key for {@code key}, or empty when sigs.k8s.io/yaml rejects such a key. */
  static Optional<String> toJsonKey(JsonNode key) {
    if (key.isString()) {
      return Optional.of(key.stringValue());
    }
    if (key.isBoolean()) {
      return Optional.of(key.booleanValue() ? "true" : "false");
    }
    if (key.isInt() || key.isLong()) {
      return Optional.of(Long.toString(key.longValue()));
    }
    if (key.isDouble()) {
      return Optional.of(formatFloat32(key.doubleValue()));
    }
    return Optional.empty();
  }

  /** Go's {@code FormatFloat(f, 'g', -1, 32)}, with go-yaml's spellings of infinity and NaN. */
  static String formatFloat32(double value) {
    float f = (float) value;
    if (Float.isNaN(f)) {
      return ".nan";
    }
    if (Float.isInfinite(f)) {
      return f > 0 ? ".inf" : "-.inf";
    }
    String sign = (Float.floatToRawIntBits(f) < 0) ? "-" : "";
    if (f == 0) {
      return sign + "0";
    }
    // Float.toString gives the shortest digits that identify the float (JDK 19+), as Go's
    // shortest formatting does; only the layout differs.
    BigDecimal decimal = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
    String digits = decimal.unscaledValue().toString();
    int pointPosition = digits.length() - decimal.scale();
    int exponent = pointPosition - 1;
    if (exponent < -4 || exponent >= 6) {
      return sign + exponentForm(digits, exponent);
    }
    return sign + fixedForm(digits, pointPosition);
  }

  private static String exponentForm(String digits, int exponent) {
    var out = new StringBuilder().append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    out.append('e').append(exponent < 0 ? '-' : '+');
    int magnitude = Math.abs(exponent);
    if (magnitude < 10) {
      out.append('0');
    }
    return out.append(magnitude).toString();
  }

  private static String fixedForm(String digits, int pointPosition) {
    if (pointPosition <= 0) {
      return "0." + "0".repeat(-pointPosition) + digits;
    }
    if (pointPosition >= digits.length()) {
      return digits + "0".repeat(pointPosition - digits.length());
    }
    return digits.substring(0, pointPosition) + "." + digits.substring(pointPosition);
  }
}
