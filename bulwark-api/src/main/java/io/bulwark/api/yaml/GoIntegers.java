package io.bulwark.api.yaml;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Go's integer parsing as go-yaml v2 calls it: {@code strconv.ParseInt(s, 0, 64)}, {@code
 * strconv.ParseUint(s, 0, 64)} and {@code big.Int.SetString(s, 0)}. Base 0 means the prefix picks
 * the base: {@code 0x} hex, {@code 0o} or a bare leading {@code 0} octal, {@code 0b} binary,
 * otherwise decimal. Callers remove {@code _} separators first, as go-yaml does.
 *
 * <p>The distinction between a syntax error and a range error matters: go-yaml only tries a big
 * integer after ParseUint reports a range error.
 */
final class GoIntegers {

  /** How a parse ended. */
  enum Status {
    OK,
    SYNTAX,
    RANGE
  }

  /** A parse outcome; {@code bits} holds the value (unsigned for {@link #parseUnsigned}). */
  record Result(Status status, long bits) {
    static final Result SYNTAX_ERROR = new Result(Status.SYNTAX, 0);
    static final Result RANGE_ERROR = new Result(Status.RANGE, 0);

    boolean isOk() {
      return status == Status.OK;
    }
  }

  private GoIntegers() {}

  /**
   * {@code strconv.ParseUint(s, 0, 64)}: no sign allowed; the value is returned as 64 unsigned
   * bits.
   */
  static Result parseUnsigned(String s) {
    if (s.isEmpty()) {
      return Result.SYNTAX_ERROR;
    }
    int base = 10;
    int start = 0;
    if (s.charAt(0) == '0') {
      char prefix = s.length() >= 3 ? lower(s.charAt(1)) : 0;
      base =
          switch (prefix) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x' -> 16;
            default -> 8;
          };
      start = base == 8 && prefix != 'o' ? 1 : 2;
    }
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    long n = 0;
    for (int i = start; i < s.length(); i++) {
      int digit = digitValue(s.charAt(i));
      if (digit < 0 || digit >= base) {
        return Result.SYNTAX_ERROR;
      }
      // Go reports overflow as soon as it happens, before looking at the remaining characters.
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return Result.RANGE_ERROR;
      }
      n *= base;
      long next = n + digit;
      if (Long.compareUnsigned(next, n) < 0) {
        return Result.RANGE_ERROR;
      }
      n = next;
    }
    return new Result(Status.OK, n);
  }

  /** {@code strconv.ParseInt(s, 0, 64)}: an optional {@code +} or {@code -} before the digits. */
  static Result parseSigned(String s) {
    if (s.isEmpty()) {
      return Result.SYNTAX_ERROR;
    }
    boolean negative = s.charAt(0) == '-';
    String body = negative || s.charAt(0) == '+' ? s.substring(1) : s;
    Result unsigned = parseUnsigned(body);
    if (!unsigned.isOk()) {
      return unsigned;
    }
    int versusMinLong = Long.compareUnsigned(unsigned.bits(), Long.MIN_VALUE);
    if (negative ? versusMinLong > 0 : versusMinLong >= 0) {
      return Result.RANGE_ERROR;
    }
    return new Result(Status.OK, negative ? -unsigned.bits() : unsigned.bits());
  }

  /** {@code new(big.Int).SetString(s, 0)}: sign, base prefix, then at least one valid digit. */
  static Optional<BigInteger> parseBig(String s) {
    boolean negative = s.startsWith("-");
    String body = negative || s.startsWith("+") ? s.substring(1) : s;
    int base = 10;
    String digits = body;
    if (body.length() >= 2 && body.charAt(0) == '0') {
      base =
          switch (lower(body.charAt(1))) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x' -> 16;
            default -> 8;
          };
      digits = body.substring(base == 8 && lower(body.charAt(1)) != 'o' ? 1 : 2);
    }
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < digits.length(); i++) {
      int digit = digitValue(digits.charAt(i));
      if (digit < 0 || digit >= base) {
        return Optional.empty();
      }
    }
    BigInteger value = new BigInteger(digits, base);
    return Optional.of(negative ? value.negate() : value);
  }

  /** The unsigned 64-bit value held in {@code bits}. */
  static BigInteger unsignedValue(long bits) {
    return new BigInteger(Long.toUnsignedString(bits));
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char l = lower(c);
    return l >= 'a' && l <= 'z' ? l - 'a' + 10 : -1;
  }

  private static char lower(char c) {
    return (char) (c | ('x' - 'X'));
  }
}
