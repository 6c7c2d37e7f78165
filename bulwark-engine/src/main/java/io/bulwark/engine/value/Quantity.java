package io.bulwark.engine.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes resource quantity ({@code k8s.io/apimachinery/pkg/api/resource.Quantity}) reduced
 * to its exact decimal value, for comparison.
 *
 * <p>Accepts what {@code resource.ParseQuantity} accepts: a signed decimal number ({@code 1},
 * {@code 1.5}, {@code .5}, {@code 5.}) followed by an optional suffix, either binary ({@code Ki Mi
 * Gi Ti Pi Ei}), decimal ({@code n u m k M G T P E}) or an exponent ({@code e3}, {@code E-2}).
 * Some surprising inputs parse as Kubernetes parses them: a suffix alone ({@code Mi}, {@code m})
 * and a bare sign or dot ({@code -}, {@code .}) are zero. Values that need more than nine
 * fractional digits are rounded away from zero to the next nanounit ({@code 0.1n} is {@code 1n}),
 * and values whose digits do not fit Kubernetes' 64-bit fast path are capped at {@code 2^63-1} in
 * magnitude; both behaviours come from Kubernetes and are kept so comparisons agree with Kyverno.
 *
 * <p>Equality and ordering are numeric: {@code 1Ki}, {@code 1024} and {@code 1.024k} are equal.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity.parse("1Gi").orElseThrow().compareTo(Quantity.parse("1000Mi").orElseThrow())  // > 0
 * Quantity.parse("abc").isEmpty()                                                      // true
 * }</pre>
 */
public final class Quantity implements Comparable<Quantity> {

  private static final int NANO_SCALE = 9;
  private static final int MAX_INT64_FACTORS = 18;
  private static final BigDecimal MAX_ALLOWED = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

  private static final Map<String, Integer> DECIMAL_SUFFIXES =
      Map.of(
          "n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
  private static final Map<String, Integer> BINARY_SUFFIXES =
      Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);

  private final BigDecimal value;

  private Quantity(BigDecimal value) {
    this.value = value;
  }

  /**
   * Parses {@code text} as Kubernetes' {@code resource.ParseQuantity} does.
   *
   * @return the quantity, or empty when Kubernetes would return an error
   */
  public static Optional<Quantity> parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.equals("0")) {
      return Optional.of(ZERO);
    }
    QuantityText scanned = QuantityText.scan(text);
    if (scanned == null) {
      return Optional.empty();
    }
    Integer decimalExponent = DECIMAL_SUFFIXES.get(scanned.suffix());
    Integer binaryExponent = BINARY_SUFFIXES.get(scanned.suffix());
    int exponent;
    boolean binary = false;
    if (decimalExponent != null) {
      exponent = decimalExponent;
    } else if (binaryExponent != null) {
      exponent = binaryExponent;
      binary = true;
    } else {
      Optional<Integer> parsed = exponentSuffix(scanned.suffix());
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      exponent = parsed.get();
    }
    try {
      Optional<BigDecimal> fast = fastPath(scanned, exponent, binary);
      if (fast != null) {
        return fast.map(Quantity::new);
      }
      return slowPath(scanned, exponent, binary).map(Quantity::new);
    } catch (ArithmeticException overflow) {
      // Only exponents near the int range get here; Go would wrap its 32-bit scale instead.
      return Optional.empty();
    }
  }

  /** {@code e<int>} or {@code E<int>}, with Go's wrap of the exponent to 32 bits. */
  private static Optional<Integer> exponentSuffix(String suffix) {
    if (suffix.length() < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
      return Optional.empty();
    }
    String digits = suffix.substring(1);
    if (!digits.matches("[+-]?[0-9]+")) {
      return Optional.empty();
    }
    try {
      return Optional.of((int) Long.parseLong(digits));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  /**
   * Kubernetes' int64 path: exact, no rounding, no cap. Returns {@code null} when the value must
   * take the arbitrary-precision path instead, and empty when Kubernetes reports a numeric error.
   */
  private static Optional<BigDecimal> fastPath(QuantityText q, int exponent, boolean binary) {
    int precision;
    int scale;
    long mantissa = 1;
    if (!binary) {
      scale = exponent;
      precision = MAX_INT64_FACTORS - (q.numerator().length() + q.denominator().length());
    } else if (exponent >= 0 && q.denominator().isEmpty()) {
      scale = 0;
      mantissa = 1L << exponent;
      precision = 15 - q.numerator().length() - (int) ((float) exponent * 3 / 10) - 1;
    } else {
      return null;
    }
    if (precision < 0) {
      return null;
    }
    scale -= q.denominator().length();
    if (scale < -NANO_SCALE) {
      return null;
    }
    long digits;
    try {
      digits = Long.parseLong(q.numerator() + q.denominator());
    } catch (NumberFormatException notInt64) {
      return Optional.empty();
    }
    long result;
    try {
      result = Math.multiplyExact(digits, mantissa);
    } catch (ArithmeticException overflow) {
      return null;
    }
    if (!q.positive()) {
      result = -result;
    }
    return Optional.of(new BigDecimal(BigInteger.valueOf(result), -scale));
  }

  private static Optional<BigDecimal> slowPath(QuantityText q, int exponent, boolean binary) {
    Optional<BigDecimal> parsed = decimal(q.number());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal amount = parsed.get();
    if (binary) {
      amount = new BigDecimal(amount.unscaledValue().shiftLeft(exponent), amount.scale());
    } else {
      amount = new BigDecimal(amount.unscaledValue(), amount.scale() - exponent);
    }
    int sign = amount.signum();
    amount = roundUpToNano(amount.abs());
    if (amount.compareTo(MAX_ALLOWED) > 0) {
      amount = MAX_ALLOWED;
    } else if (sign != 0 && amount.scale() < NANO_SCALE) {
      // Kubernetes rounds every non-zero value of this path to exactly nine fractional digits;
      // the scale matters to arithmetic that truncates to its operands' scale (Kyverno's divide).
      amount = amount.setScale(NANO_SCALE);
    }
    return Optional.of(sign < 0 ? amount.negate() : amount);
  }

  /**
   * Rounds a non-negative value up to nine fractional digits without ever dividing by a huge power
   * of ten: anything non-zero below one nanounit becomes exactly one nanounit.
   */
  private static BigDecimal roundUpToNano(BigDecimal amount) {
    if (amount.signum() == 0 || amount.scale() <= NANO_SCALE) {
      return amount;
    }
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits <= -NANO_SCALE) {
      return BigDecimal.ONE.movePointLeft(NANO_SCALE);
    }
    return amount.setScale(NANO_SCALE, RoundingMode.UP);
  }

  /** The {@code gopkg.in/inf.v0} decimal syntax: optional sign, digits, at most one dot. */
  private static Optional<BigDecimal> decimal(String text) {
    if (!text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.endsWith(".") ? text + "0" : text));
  }

  /**
   * The exact value, capped and rounded as Kubernetes does when parsing, with the scale of
   * Kubernetes' own decimal ({@code Quantity.AsDec()}): {@code 1.50} has scale 2, {@code 12k} scale
   * -3, and values Kubernetes parses with arbitrary precision scale 9.
   */
  public BigDecimal value() {
    return value;
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  /**
   * The decimal value without trailing zeros ({@code 1073741824} for {@code 1Gi}, {@code 0.1} for
   * {@code 100m}, {@code 1E+3} for {@code 1e3}); not Kubernetes' canonical form.
   */
  @Override
  public String toString() {
    return value.stripTrailingZeros().toString();
  }
}
