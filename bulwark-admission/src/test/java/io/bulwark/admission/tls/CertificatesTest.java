package io.bulwark.admission.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatesTest {

  @TempDir Path dir;

  @Test
  void theServingCertificateNamesTheServiceAndLoopbackAndIsSignedByTheCa() throws Exception {
    CertificateAuthority ca = CertificateAuthority.generate("test-ca");
    List<String> hosts = CertificateAuthority.webhookHosts("127.0.0.1", "bulwark.security");
    assertThat(hosts).containsExactly("bulwark.security.svc", "bulwark.security.svc.cluster.local",
        "bulwark.security", "bulwark", "localhost", "127.0.0.1");

    ServingIdentity serving = ca.issueServing(hosts);
    X509Certificate leaf = serving.leaf();
    leaf.verify(ca.certificate().getPublicKey());
    assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("EC");
    assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList())
        .containsExactly("bulwark.security.svc", "bulwark.security.svc.cluster.local", "bulwark.security", "bulwark",
            "localhost", "127.0.0.1");
    assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(ca.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(serving.chain()).containsExactly(leaf, ca.certificate());
  }

  @Test
  void pemFilesRoundTripAndAMismatchedKeyIsRefused() throws Exception {
    CertificateAuthority ca = CertificateAuthority.generate("test-ca");
    ServingIdentity one = ca.issueServing(List.of("localhost"));
    ServingIdentity two = ca.issueServing(List.of("localhost"));
    Path cert = dir.resolve("tls.crt");
    Path key = dir.resolve("tls.key");
    Files.writeString(cert, PemFiles.pem(one.leaf()) + PemFiles.pem(ca.certificate()));
    Files.writeString(key, pkcs8(one));

    ServingIdentity read = PemFiles.read(cert, key);
    assertThat(read.chain()).containsExactly(one.leaf(), ca.certificate());
    assertThat(read.key().getEncoded()).isEqualTo(one.key().getEncoded());

    Files.writeString(key, pkcs8(two));
    assertThatThrownBy(() -> PemFiles.read(cert, key)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(key + ": the private key does not belong to the certificate in " + cert);
  }

  @Test
  void changedFilesAreReloadedAndBadOnesReportedOnce() throws Exception {
    CertificateAuthority ca = CertificateAuthority.generate("test-ca");
    ServingIdentity one = ca.issueServing(List.of("localhost"));
    ServingIdentity two = ca.issueServing(List.of("localhost"));
    Path cert = dir.resolve("tls.crt");
    Path key = dir.resolve("tls.key");
    write(cert, PemFiles.pem(one.leaf()), 1);
    write(key, pkcs8(one), 1);
    var files = new CertificateFiles(cert, key);
    assertThat(files.load().leaf()).isEqualTo(one.leaf());
    assertThat(files.reloadIfChanged()).isEmpty();

    write(cert, PemFiles.pem(two.leaf()), 2);
    assertThatThrownBy(files::reloadIfChanged).isInstanceOf(IllegalArgumentException.class);
    assertThat(files.reloadIfChanged()).as("reported once, until the files change again").isEmpty();

    write(key, pkcs8(two), 2);
    assertThat(files.reloadIfChanged()).hasValueSatisfying(identity -> assertThat(identity.leaf()).isEqualTo(two.leaf()));
  }

  private static void write(Path file, String text, int second) throws Exception {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second)));
  }

  private static String pkcs8(ServingIdentity identity) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(identity.key().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }
}
