package io.bulwark.engine.jmespath.function;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code base64_encode(s)}: the UTF-8 bytes of {@code s} in standard, padded base64. */
final class Base64EncodeFunction extends BaseFunction {

  Base64EncodeFunction() {
    super("base64_encode", "string", "encodes a string in standard, padded base64", STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String plain = Args.string("", arguments, 0);
    return JsonValues.text(
        Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
  }
}
