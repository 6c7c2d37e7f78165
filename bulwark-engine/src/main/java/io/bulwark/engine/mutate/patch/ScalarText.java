package io.bulwark.engine.mutate.patch;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * The text a YAML scalar node holds when kyaml parses the JSON Kyverno hands it: strings without
 * quotes, numbers as Go's JSON encoder writes them, {@code true}/{@code false}, and {@code null}
 * for null. Maps and lists have none (empty). Kyverno's anchor conditions and kyaml's merge keys
 * compare these texts, not typed values.
 */
final class ScalarText {

  private ScalarText() {}

  static String of(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isContainer()) {
      return "";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return Boolean.toString(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return goFloat(node.doubleValue());
    }
    return node.asString();
  }

  /**
   * Go's {@code encoding/json} float64: the shortest digits that read back the same, in plain
   * notation from 1e-6 to below 1e21, and as {@code 1.5e+21} or {@code 1e-7} outside it.
   */
  static String goFloat(double value) {
    if (value == 0) {
      return Double.doubleToRawLongBits(value) < 0 ? "-0" : "0";
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    double abs = Math.abs(value);
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
    // Positive exponents here are at least 21; Go writes e-07 as e-7.
    out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    return out.toString();
  }
}
