package io.bulwark.engine.jmespath.function;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code x509_decode(pem)}: the first PEM block of a certificate or certificate request, decoded
 * into the object Go's {@code x509} package gives (see {@link X509Json}); only RSA keys are
 * accepted, as in Kyverno. Combine with {@code base64_decode} for base64-wrapped PEM.
 */
final class X509DecodeFunction extends BaseFunction {

  private static final Pattern BLOCK =
      Pattern.compile(
          "(?:^|\\n)-----BEGIN ([^\\n]*?)-----[ \\t\\r]*\\n"
              + "(.*?)(?:^|\\n)-----END \\1-----[ \\t\\r]*(?:\\n|$)",
          Pattern.DOTALL);

  X509DecodeFunction() {
    super(
        "x509_decode",
        "object",
        "decodes a PEM certificate or certificate request into an object; base64_decode first if"
            + " the PEM is base64-encoded",
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String pem = Args.string(name(), arguments, 0);
    Block block = firstBlock(pem);
    if (block == null) {
      throw KyvernoErrors.unwrapped("failed to decode PEM block");
    }
    try {
      return switch (block.type()) {
        case "CERTIFICATE" -> rsaOnly(X509Json.certificate(block.bytes()));
        case "CERTIFICATE REQUEST" -> rsaOnly(X509Json.certificateRequest(block.bytes()));
        default ->
            throw KyvernoErrors.unwrapped(
                "PEM block neither contains a CERTIFICATE or CERTIFICATE REQUEST");
      };
    } catch (X509Json.Unusable unusable) {
      throw KyvernoErrors.unwrapped(unusable.getMessage());
    }
  }

  private static JsonNode rsaOnly(JsonNode decoded) {
    if (decoded.get("PublicKeyAlgorithm").asInt() != 1) {
      throw KyvernoErrors.unwrapped("certificate should use rsa algorithm");
    }
    return decoded;
  }

  private record Block(String type, byte[] bytes) {}

  /**
   * Go's {@code pem.Decode}: the first well-formed block; headers ({@code Key: value} lines) are
   * skipped and the body is base64 with spaces, tabs and line breaks ignored.
   */
  private static Block firstBlock(String pem) {
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      String body = m.group(2);
      // Header lines ("Proc-Type: 4,ENCRYPTED") come before a blank line.
      int blank = body.indexOf("\n\n");
      if (blank >= 0 && body.substring(0, blank).contains(":")) {
        body = body.substring(blank + 2);
      }
      try {
        return new Block(m.group(1), GoBase64.decode(body.replace(" ", "").replace("\t", "")));
      } catch (GoBase64.Corrupt notBase64) {
        // Go moves on to the next block.
      }
    }
    return null;
  }
}
