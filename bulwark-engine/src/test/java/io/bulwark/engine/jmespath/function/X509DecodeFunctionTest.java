package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.jmespath.JmesPathException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * x509_decode: the certificates and request of Kyverno's functions_test.go against the objects it
 * expects (Go's x509 structs through encoding/json), plus the extension fields policies read.
 */
class X509DecodeFunctionTest {

  private static final Calls CALLS =
      Calls.with(List.of(new X509DecodeFunction(), new Base64DecodeFunction()));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "kyverno-svc.pem, kyverno-svc.json",
    "xx-ca.pem, xx-ca.json",
    "digicert-request.pem, digicert-request.json"
  })
  void decodesWhatKyvernoDecodes(String pem, String expected) throws IOException {
    JsonNode want = JsonValues.withFloat64Numbers(json(resource(expected)));
    assertThat(decode(resource(pem))).isEqualTo(want);
    // Kyverno's tests also pass the PEM base64-encoded, through base64_decode.
    String wrapped = Base64.getEncoder().encodeToString(resource(pem).getBytes(StandardCharsets.UTF_8));
    assertThat(CALLS.evaluate("x509_decode(base64_decode('" + wrapped + "'))")).isEqualTo(want);
  }

  @Test
  void keepsGoFieldOrder() throws IOException {
    JsonNode decoded = decode(resource("kyverno-svc.pem"));
    assertThat(decoded.propertyNames().iterator().next()).isEqualTo("Raw");
    var names = new java.util.ArrayList<String>();
    decoded.propertyNames().forEach(names::add);
    assertThat(names.get(names.size() - 1)).isEqualTo("PolicyIdentifiers");
    assertThat(names).hasSize(44);
  }

  @Test
  void readsTheExtensionsPoliciesCheck() throws IOException {
    JsonNode cert = decode(resource("rich.pem"));
    assertThat(cert.get("SerialNumber")).isEqualTo(json("4660"));
    assertThat(cert.get("Subject").get("CommonName").stringValue()).isEqualTo("rich.example");
    assertThat(cert.get("Subject").get("Organization")).isEqualTo(json("['Bulwark Test']"));
    assertThat(cert.get("DNSNames")).isEqualTo(json("['rich.example', '*.rich.example']"));
    assertThat(cert.get("IPAddresses")).isEqualTo(json("['10.0.0.1', '2001:db8::1']"));
    assertThat(cert.get("EmailAddresses")).isEqualTo(json("['ops@rich.example']"));
    JsonNode uri = cert.get("URIs").get(0);
    assertThat(uri.get("Scheme").stringValue()).isEqualTo("spiffe");
    assertThat(uri.get("Host").stringValue()).isEqualTo("cluster.local");
    assertThat(uri.get("Path").stringValue()).isEqualTo("/ns/default/sa/app");
    assertThat(cert.get("ExtKeyUsage")).isEqualTo(json("[1, 2]"));
    assertThat(cert.get("UnknownExtKeyUsage")).isEqualTo(json("[[1, 2, 3, 4]]"));
    // digitalSignature (1) | keyEncipherment (4)
    assertThat(cert.get("KeyUsage")).isEqualTo(json("5"));
    assertThat(cert.get("BasicConstraintsValid").booleanValue()).isTrue();
    assertThat(cert.get("IsCA").booleanValue()).isFalse();
    assertThat(cert.get("MaxPathLen")).isEqualTo(json("-1"));
    assertThat(cert.get("OCSPServer")).isEqualTo(json("['http://ocsp.rich.example']"));
    assertThat(cert.get("IssuingCertificateURL"))
        .isEqualTo(json("['http://ca.rich.example/ca.crt']"));
    assertThat(cert.get("CRLDistributionPoints"))
        .isEqualTo(json("['http://crl.rich.example/ca.crl']"));
    assertThat(cert.get("PolicyIdentifiers")).isEqualTo(json("[[2, 23, 140, 1, 2, 1]]"));
    assertThat(cert.get("SubjectKeyId").stringValue())
        .isEqualTo(Base64.getEncoder().encodeToString(hex("D6292BDD4BE7F553DA23156745079EE3A840F825")));
    assertThat(cert.get("UnhandledCriticalExtensions").isNull()).isTrue();
    assertThat(cert.get("Extensions")).hasSize(8);
  }

  @Test
  void readsExtensionsOfARequest() throws IOException {
    JsonNode request = decode(resource("rich-request.pem"));
    assertThat(request.get("DNSNames")).isEqualTo(json("['rich.example', '*.rich.example']"));
    assertThat(request.get("Extensions").size()).isGreaterThan(1);
    assertThat(request.get("Version")).isEqualTo(json("0"));
    assertThat(request.get("Attributes").get(0).get("Type"))
        .isEqualTo(json("[1, 2, 840, 113549, 1, 9, 14]"));
  }

  @Test
  void rejectsWhatKyvernoRejects() throws IOException {
    assertThat(error("not pem")).isEqualTo("failed to decode PEM block");
    assertThat(error("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
        .isEqualTo("PEM block neither contains a CERTIFICATE or CERTIFICATE REQUEST");
    assertThat(error(resource("ec.pem"))).isEqualTo("certificate should use rsa algorithm");
    assertThat(error("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
        .isEqualTo("x509: malformed certificate");
  }

  private static JsonNode decode(String pem) {
    return new X509DecodeFunction().call(List.of(JsonValues.text(pem)));
  }

  private static String error(String pem) {
    try {
      decode(pem);
      throw new AssertionError("no failure");
    } catch (JmesPathException expected) {
      return expected.getMessage();
    }
  }

  private static byte[] hex(String hex) {
    return java.util.HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = X509DecodeFunctionTest.class.getResourceAsStream("/x509/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
