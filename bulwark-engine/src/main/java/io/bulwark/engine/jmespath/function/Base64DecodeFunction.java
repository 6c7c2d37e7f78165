package io.bulwark.engine.jmespath.function;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code base64_decode(s)}: standard, padded base64 as Go decodes it; the bytes are read as UTF-8.
 * Bad input fails with Go's message alone ({@code illegal base64 data at input byte 4}), as Kyverno
 * returns it.
 */
final class Base64DecodeFunction extends BaseFunction {

  Base64DecodeFunction() {
    super("base64_decode", "string", "decodes a standard, padded base64 string", STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    // Kyverno validates this argument under an empty function name.
    String encoded = Args.string("", arguments, 0);
    try {
      return JsonValues.text(new String(GoBase64.decode(encoded), StandardCharsets.UTF_8));
    } catch (GoBase64.Corrupt corrupt) {
      throw KyvernoErrors.unwrapped(corrupt.getMessage());
    }
  }
}
