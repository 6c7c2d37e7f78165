package io.bulwark.engine.jmespath.function;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal DER reader for certificates and certificate requests: tag, length and content of one
 * element, and its children when constructed. Only single-byte tags, as X.509 uses. Immutable.
 *
 * @param tag the identifier octet (class, constructed bit and tag number)
 * @param data the whole buffer
 * @param start where the element's identifier octet is
 * @param contentStart where its content starts
 * @param end where it ends (exclusive)
 */
record Der(int tag, byte[] data, int start, int contentStart, int end) {

  static final int BOOLEAN = 0x01;
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int OID = 0x06;
  static final int UTF8_STRING = 0x0c;
  static final int SEQUENCE = 0x30;
  static final int SET = 0x31;
  static final int PRINTABLE_STRING = 0x13;
  static final int T61_STRING = 0x14;
  static final int IA5_STRING = 0x16;
  static final int UTC_TIME = 0x17;
  static final int GENERALIZED_TIME = 0x18;
  static final int NUMERIC_STRING = 0x12;
  static final int BMP_STRING = 0x1e;

  /** Malformed DER. */
  static final class Malformed extends Exception {
    Malformed() {
      super(null, null, false, false);
    }
  }

  /** The single element filling {@code data} exactly. */
  static Der parse(byte[] data) throws Malformed {
    Der element = read(data, 0, data.length);
    if (element.end != data.length) {
      throw new Malformed();
    }
    return element;
  }

  private static Der read(byte[] data, int offset, int limit) throws Malformed {
    if (offset + 2 > limit) {
      throw new Malformed();
    }
    int tag = data[offset] & 0xff;
    if ((tag & 0x1f) == 0x1f) {
      throw new Malformed();
    }
    int first = data[offset + 1] & 0xff;
    int position = offset + 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7f;
      if (count == 0 || count > 4 || position + count > limit) {
        throw new Malformed();
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (data[position++] & 0xff);
      }
    }
    if (position + length > limit) {
      throw new Malformed();
    }
    return new Der(tag, data, offset, position, (int) (position + length));
  }

  /** The elements inside this constructed one. */
  List<Der> children() throws Malformed {
    List<Der> children = new ArrayList<>();
    int position = contentStart;
    while (position < end) {
      Der child = read(data, position, end);
      children.add(child);
      position = child.end;
    }
    return children;
  }

  /** The children, checking this element's tag first. */
  List<Der> children(int expectedTag) throws Malformed {
    expect(expectedTag);
    return children();
  }

  Der expect(int expectedTag) throws Malformed {
    if (tag != expectedTag) {
      throw new Malformed();
    }
    return this;
  }

  /** The element including its tag and length (Go's {@code FullBytes}, the {@code Raw*} fields). */
  byte[] encoded() {
    return Arrays.copyOfRange(data, start, end);
  }

  byte[] content() {
    return Arrays.copyOfRange(data, contentStart, end);
  }

  BigInteger integer() throws Malformed {
    expect(INTEGER);
    if (end == contentStart) {
      throw new Malformed();
    }
    return new BigInteger(content());
  }

  boolean bool() throws Malformed {
    expect(BOOLEAN);
    return end - contentStart == 1 && data[contentStart] != 0;
  }

  /** The bytes of a BIT STRING, without its unused-bits octet. */
  byte[] bitStringBytes() throws Malformed {
    expect(BIT_STRING);
    if (end == contentStart) {
      throw new Malformed();
    }
    return Arrays.copyOfRange(data, contentStart + 1, end);
  }

  /** The arcs of an OBJECT IDENTIFIER. */
  int[] oid() throws Malformed {
    expect(OID);
    List<Long> arcs = new ArrayList<>();
    long value = 0;
    for (int i = contentStart; i < end; i++) {
      value = (value << 7) | (data[i] & 0x7f);
      if ((data[i] & 0x80) == 0) {
        if (arcs.isEmpty()) {
          long firstArc = Math.min(value / 40, 2);
          arcs.add(firstArc);
          arcs.add(value - firstArc * 40);
        } else {
          arcs.add(value);
        }
        value = 0;
      }
    }
    return arcs.stream().mapToInt(Long::intValue).toArray();
  }

  /** A directory string as Go's {@code parseASN1String} reads it, or null for other types. */
  String string() {
    return switch (tag) {
      case UTF8_STRING, PRINTABLE_STRING, IA5_STRING, NUMERIC_STRING ->
          new String(data, contentStart, end - contentStart, StandardCharsets.UTF_8);
      case T61_STRING ->
          new String(data, contentStart, end - contentStart, StandardCharsets.ISO_8859_1);
      case BMP_STRING ->
          new String(data, contentStart, end - contentStart, StandardCharsets.UTF_16BE);
      default -> null;
    };
  }

  /** Whether this is a context-specific element {@code [number]}. */
  boolean isContext(int number) {
    return (tag & 0xc0) == 0x80 && (tag & 0x1f) == number;
  }
}
