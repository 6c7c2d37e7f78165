package io.bulwark.engine.jmespath.function;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's {@code base64.StdEncoding.DecodeString}: padding required, {@code \r} and {@code \n}
 * skipped anywhere, and Go's error text ({@code illegal base64 data at input byte 4}) where Java's
 * decoder would accept missing padding or word its error differently.
 */
final class GoBase64 {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final int[] DECODE = new int[256];

  static {
    java.util.Arrays.fill(DECODE, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      DECODE[ALPHABET.charAt(i)] = i;
    }
  }

  private GoBase64() {}

  /** The decoded bytes; throws {@link Corrupt} with Go's message. */
  static byte[] decode(String text) throws Corrupt {
    byte[] src = text.getBytes(StandardCharsets.UTF_8);
    var out = new ByteArrayOutputStream(src.length * 3 / 4);
    int si = 0;
    while (true) {
      int[] quantum = new int[4];
      int length = 4;
      boolean end = false;
      for (int j = 0; j < 4; j++) {
        if (si == src.length) {
          if (j == 0) {
            return out.toByteArray();
          }
          // Go's StdEncoding pads, so a short final quantum is always corrupt.
          throw new Corrupt(si - j);
        }
        int in = src[si] & 0xff;
        si++;
        int value = DECODE[in];
        if (value >= 0) {
          quantum[j] = value;
          continue;
        }
        if (in == '\n' || in == '\r') {
          j--;
          continue;
        }
        if (in != '=') {
          throw new Corrupt(si - 1);
        }
        // Padding: what it ends must be two or three characters long.
        switch (j) {
          case 0, 1 -> throw new Corrupt(si - 1);
          case 2 -> {
            si = skipNewlines(src, si);
            if (si == src.length) {
              throw new Corrupt(src.length);
            }
            if (src[si] != '=') {
              throw new Corrupt(si - 1);
            }
            si++;
          }
          default -> {}
        }
        si = skipNewlines(src, si);
        if (si < src.length) {
          throw new Corrupt(si);
        }
        length = j;
        end = true;
        break;
      }
      int bits = quantum[0] << 18 | quantum[1] << 12 | quantum[2] << 6 | quantum[3];
      out.write(bits >> 16);
      if (length > 2) {
        out.write(bits >> 8);
      }
      if (length > 3) {
        out.write(bits);
      }
      if (end) {
        return out.toByteArray();
      }
    }
  }

  private static int skipNewlines(byte[] src, int si) {
    while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
      si++;
    }
    return si;
  }

  /** Go's {@code base64.CorruptInputError}. */
  static final class Corrupt extends Exception {
    Corrupt(long offset) {
      super("illegal base64 data at input byte " + offset, null, false, false);
    }
  }
}
