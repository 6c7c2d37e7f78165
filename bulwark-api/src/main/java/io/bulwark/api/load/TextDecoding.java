package io.bulwark.api.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text the way go-yaml reads them: UTF-8, or UTF-16 when a byte order mark says so. A
 * UTF-8 byte order mark is dropped. Anything that is not valid text is refused rather than silently
 * repaired, so a binary file gives a clear problem instead of odd YAML errors.
 */
final class TextDecoding {

  private TextDecoding() {}

  /** The text in {@code bytes}, or empty when they are not valid UTF-8 / UTF-16. */
  static Optional<String> decode(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    return strict(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8);
  }

  private static Optional<String> strict(
      byte[] bytes, int offset, java.nio.charset.Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException notText) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
