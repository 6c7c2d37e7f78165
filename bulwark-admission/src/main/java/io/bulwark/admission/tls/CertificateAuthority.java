package io.bulwark.admission.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed CA and a serving certificate it signs, made at start-up when no certificate files
 * are given: EC P-256 keys, ECDSA-SHA256 signatures, the CA valid 365 days and the serving
 * certificate 150 days (Kyverno's defaults). The API server trusts the serving certificate through
 * the CA, which goes into the webhook configuration's {@code caBundle}. BouncyCastle only builds
 * the certificates; keys and signatures come from the JDK's providers, so no provider is
 * registered.
 */
public final class CertificateAuthority {

  private static final Duration CA_VALIDITY = Duration.ofDays(365);
  private static final Duration SERVING_VALIDITY = Duration.ofDays(150);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final X509Certificate certificate;
  private final KeyPair keys;

  private CertificateAuthority(X509Certificate certificate, KeyPair keys) {
    this.certificate = certificate;
    this.keys = keys;
  }

  /** A new CA named {@code CN=commonName}. */
  public static CertificateAuthority generate(String commonName) {
    try {
      KeyPair keys = ecKeys();
      X500Name name = new X500Name("CN=" + commonName);
      Instant now = Instant.now();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
          Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic());
      var extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(Extension.subjectKeyIdentifier, false,
          extensions.createSubjectKeyIdentifier(keys.getPublic()));
      return new CertificateAuthority(sign(builder, keys), keys);
    } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate a CA certificate: " + e.getMessage(), e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * A serving certificate for these host names and IP addresses (each entry is put in the right
   * kind of subject alternative name), with its chain: the certificate, then this CA.
   */
  public ServingIdentity issueServing(List<String> hosts) {
    try {
      KeyPair serving = ecKeys();
      Set<String> unique = new LinkedHashSet<>(hosts);
      String commonName = unique.isEmpty() ? "bulwark" : unique.iterator().next();
      Instant now = Instant.now();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
          Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(SERVING_VALIDITY)),
          new X500Name("CN=" + commonName), serving.getPublic());
      var extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(unique));
      builder.addExtension(Extension.subjectKeyIdentifier, false,
          extensions.createSubjectKeyIdentifier(serving.getPublic()));
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          extensions.createAuthorityKeyIdentifier(certificate));
      return new ServingIdentity(List.of(sign(builder, keys), certificate), serving.getPrivate());
    } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate a serving certificate: " + e.getMessage(), e);
    }
  }

  /**
   * The names a webhook serving certificate needs: localhost and 127.0.0.1, the listening host,
   * and for a Service {@code NAME.NS} the names the API server may call it by ({@code NAME.NS.svc}
   * first, as in the webhook's clientConfig).
   */
  public static List<String> webhookHosts(String listenHost, String service) {
    var hosts = new ArrayList<String>();
    if (service != null && !service.isBlank()) {
      String[] parts = service.strip().split("\\.", 2);
      if (parts.length == 2 && !parts[1].isEmpty()) {
        hosts.add(parts[0] + "." + parts[1] + ".svc");
        hosts.add(parts[0] + "." + parts[1] + ".svc.cluster.local");
        hosts.add(parts[0] + "." + parts[1]);
        hosts.add(parts[0]);
      } else {
        hosts.add(service.strip());
      }
    }
    hosts.add("localhost");
    hosts.add("127.0.0.1");
    if (listenHost != null && !listenHost.isBlank() && !"0.0.0.0".equals(listenHost) && !"::".equals(listenHost)) {
      hosts.add(listenHost);
    }
    return List.copyOf(new LinkedHashSet<>(hosts));
  }

  private static GeneralNames alternativeNames(Set<String> hosts) {
    var names = new ArrayList<GeneralName>();
    for (String host : hosts) {
      names.add(isIpAddress(host) ? new GeneralName(GeneralName.iPAddress, host) : new GeneralName(GeneralName.dNSName, host));
    }
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  static boolean isIpAddress(String host) {
    if (!host.matches("[0-9.]+|.*:.*")) {
      return false;
    }
    try {
      // A literal address is parsed without any lookup.
      InetAddress.getByName(host);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
  }

  private static KeyPair ecKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).add(BigInteger.ONE);
  }
}
