package io.bulwark.engine.jmespath.function;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code sha256(s)}, {@code sha1(s)} and {@code md5(s)}: the lower-case hex digest of the UTF-8
 * bytes of {@code s}. One class for the three, which differ only in the algorithm.
 */
final class HashFunction extends BaseFunction {

  private final String algorithm;

  private HashFunction(String name, String algorithm, String label) {
    super(name, "string", "the " + label + " digest of a string, in lower-case hex", STRING);
    this.algorithm = algorithm;
  }

  static HashFunction sha256() {
    return new HashFunction("sha256", "SHA-256", "SHA-256");
  }

  static HashFunction sha1() {
    return new HashFunction("sha1", "SHA-1", "SHA-1");
  }

  static HashFunction md5() {
    return new HashFunction("md5", "MD5", "MD5");
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String input = Args.string(name(), arguments, 0);
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8));
      return JsonValues.text(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException missing) {
      // Every Java platform must provide all three.
      throw new IllegalStateException(algorithm + " is not available", missing);
    }
  }
}
