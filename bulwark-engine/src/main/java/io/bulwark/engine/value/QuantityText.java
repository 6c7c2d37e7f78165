package io.bulwark.engine.value;

/**
 * A quantity string split the way Kubernetes' {@code parseQuantityString} splits it, before the
 * suffix is interpreted.
 *
 * @param positive false when the text starts with {@code -}
 * @param number the signed number as written, without the suffix (the input of the slow path)
 * @param numerator integer digits without leading zeros; {@code "0"} when there are none
 * @param denominator fraction digits as written, possibly empty
 * @param suffix everything after the number, possibly empty
 */
record QuantityText(
    boolean positive, String number, String numerator, String denominator, String suffix) {

  private static final String SUFFIX_CHARS = "eEinumkKMGTP";

  /** Returns null where Kubernetes reports {@code ErrFormatWrong}. */
  static QuantityText scan(String s) {
    boolean positive = true;
    int pos = 0;
    int end = s.length();
    if (s.charAt(0) == '-') {
      positive = false;
      pos++;
    } else if (s.charAt(0) == '+') {
      pos++;
    }
    while (pos < end && s.charAt(pos) == '0') {
      pos++;
    }
    if (pos >= end) {
      // Only a sign and zeros: Kubernetes reads this as zero.
      return new QuantityText(positive, "0", "0", "", "");
    }
    int numStart = pos;
    while (pos < end && isDigit(s.charAt(pos))) {
      pos++;
    }
    if (pos >= end) {
      return new QuantityText(positive, s, s.substring(numStart), "", "");
    }
    String numerator = pos == numStart ? "0" : s.substring(numStart, pos);
    String denominator = "";
    if (s.charAt(pos) == '.') {
      pos++;
      int denomStart = pos;
      while (pos < end && isDigit(s.charAt(pos))) {
        pos++;
      }
      denominator = s.substring(denomStart, pos);
      if (pos >= end) {
        return new QuantityText(positive, s, numerator, denominator, "");
      }
    }
    String number = s.substring(0, pos);
    int suffixStart = pos;
    while (pos < end && SUFFIX_CHARS.indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
      pos++;
    }
    while (pos < end && isDigit(s.charAt(pos))) {
      pos++;
    }
    if (pos < end) {
      return null;
    }
    return new QuantityText(positive, number, numerator, denominator, s.substring(suffixStart));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
