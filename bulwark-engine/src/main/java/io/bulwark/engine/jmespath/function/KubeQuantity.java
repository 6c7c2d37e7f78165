package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.value.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes quantity as arithmetic sees it: the exact decimal (with Kubernetes' scale) and the
 * format its text was written in, which decides how a result is printed. Printing follows {@code
 * resource.Quantity.String()}: {@code 1536Mi}, {@code 1500m}, {@code 2e3}.
 *
 * <p>Kubernetes quirks kept on purpose: a binary-format value below 1024 in magnitude or with a
 * fraction prints in decimal ({@code 12301}, {@code 1536500m}), and a decimal exponent outside
 * {@code n}..{@code E} prints without any suffix, as Kubernetes' table lookup fails silently.
 *
 * @param value the exact value; its scale is that of Kubernetes' {@code inf.Dec}
 */
record KubeQuantity(BigDecimal value, Format format) {

  /** {@code resource.Format}. */
  enum Format {
    DECIMAL_SI,
    BINARY_SI,
    DECIMAL_EXPONENT
  }

  private static final BigInteger TEN = BigInteger.TEN;
  private static final BigInteger KIBI = BigInteger.valueOf(1024);
  private static final BigDecimal MINUS_1024 = BigDecimal.valueOf(-1024);
  private static final BigDecimal PLUS_1024 = BigDecimal.valueOf(1024);
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final Map<Integer, String> DECIMAL_SUFFIXES =
      Map.of(
          -9, "n", -6, "u", -3, "m", 0, "", 3, "k", 6, "M", 9, "G", 12, "T", 15, "P", 18, "E");

  /** {@code resource.ParseQuantity}; empty where it returns an error. */
  static Optional<KubeQuantity> parse(String text) {
    return Quantity.parse(text).map(q -> new KubeQuantity(q.value(), formatOf(text, q.value())));
  }

  /**
   * The quantity Kyverno makes of a number operand: {@code ParseQuantity(fmt.Sprintf("%v", f))},
   * so {@code 1000000} becomes {@code 1e+06} with its exponent-form scale.
   */
  static KubeQuantity ofScalar(double scalar) {
    String text = GoFloats.formatG(scalar);
    return parse(text)
        .orElseThrow(() -> KyvernoErrors.unwrapped("quantities must match the regular expression"
            + " '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"));
  }

  private static Format formatOf(String text, BigDecimal value) {
    if (text.equals("0")) {
      return Format.DECIMAL_SI;
    }
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    String suffix = text.substring(i);
    if (suffix.length() == 2 && suffix.charAt(1) == 'i') {
      boolean belowOne = value.signum() != 0 && value.abs().compareTo(BigDecimal.ONE) < 0;
      return belowOne ? Format.DECIMAL_SI : Format.BINARY_SI;
    }
    if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
      return Format.DECIMAL_EXPONENT;
    }
    return Format.DECIMAL_SI;
  }

  /** {@code AsApproximateFloat64}: the unscaled digits as a double times a power of ten. */
  double approximateFloat64() {
    double base = value.unscaledValue().doubleValue();
    int exponent = -value.scale();
    if (exponent == 0) {
      return base;
    }
    return exponent > 0 ? base * pow10(exponent) : base * (1 / pow10(-exponent));
  }

  private static double pow10(int n) {
    return n > 308 ? Double.POSITIVE_INFINITY : Double.parseDouble("1e" + n);
  }

  /** {@code Quantity.String()} for this value in this format. */
  String canonical() {
    if (value.signum() == 0) {
      return "0";
    }
    Format printed = format;
    if (printed == Format.BINARY_SI
        && ((value.compareTo(MINUS_1024) > 0 && value.compareTo(PLUS_1024) < 0)
            || value.stripTrailingZeros().scale() > 0)) {
      printed = Format.DECIMAL_SI;
    }
    return printed == Format.BINARY_SI ? binary() : decimal(printed);
  }

  private String binary() {
    BigInteger whole = value.toBigIntegerExact();
    BigInteger magnitude = whole.abs();
    int exponent = 0;
    while (magnitude.compareTo(KIBI) >= 0 && magnitude.mod(KIBI).signum() == 0) {
      magnitude = magnitude.divide(KIBI);
      exponent++;
    }
    String suffix = exponent < BINARY_SUFFIXES.length ? BINARY_SUFFIXES[exponent] : "";
    return (whole.signum() < 0 ? "-" : "") + magnitude + suffix;
  }

  private String decimal(Format printed) {
    BigInteger mantissa = value.unscaledValue();
    int exponent = -value.scale();
    while (mantissa.signum() != 0 && mantissa.mod(TEN).signum() == 0) {
      mantissa = mantissa.divide(TEN);
      exponent++;
    }
    while (exponent % 3 != 0) {
      mantissa = mantissa.multiply(TEN);
      exponent--;
    }
    String suffix;
    if (printed == Format.DECIMAL_EXPONENT) {
      suffix = exponent == 0 ? "" : "e" + exponent;
    } else {
      suffix = DECIMAL_SUFFIXES.getOrDefault(exponent, "");
    }
    return mantissa + suffix;
  }
}
