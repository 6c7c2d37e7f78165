package io.bulwark.admission.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * PEM in and out: certificate chains ({@code CERTIFICATE} blocks, leaf first) and unencrypted
 * private keys in PKCS#8 ({@code PRIVATE KEY}), SEC1 ({@code EC PRIVATE KEY}) or PKCS#1 ({@code RSA
 * PRIVATE KEY}) form, as cert-manager and openssl write them. Problems are {@link
 * IllegalArgumentException}s with a one-line reason naming the file.
 */
public final class PemFiles {

  private PemFiles() {}

  /** The certificate as a PEM block. */
  public static String pem(X509Certificate certificate) {
    try {
      String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a certificate file and a key file into a serving identity, checking that they belong together. */
  public static ServingIdentity read(Path certFile, Path keyFile) throws IOException {
    List<X509Certificate> chain = certificates(certFile.toString(), Files.readString(certFile, StandardCharsets.UTF_8));
    PrivateKey key = privateKey(keyFile.toString(), Files.readString(keyFile, StandardCharsets.UTF_8));
    if (!matches(chain.get(0), key)) {
      throw new IllegalArgumentException(keyFile + ": the private key does not belong to the certificate in "
          + certFile);
    }
    return new ServingIdentity(chain, key);
  }

  static List<X509Certificate> certificates(String label, String pem) {
    var chain = new ArrayList<X509Certificate>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      var converter = new JcaX509CertificateConverter();
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        if (item instanceof X509CertificateHolder holder) {
          chain.add(converter.getCertificate(holder));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(label + ": not a valid PEM certificate file (" + e.getMessage() + ")");
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(label + ": no CERTIFICATE block found");
    }
    return chain;
  }

  static PrivateKey privateKey(String label, String pem) {
    try (Reader reader = new StringReader(pem); PEMParser parser = new PEMParser(reader)) {
      var converter = new JcaPEMKeyConverter();
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        if (item instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
        if (item instanceof PEMKeyPair pair) {
          return converter.getKeyPair(pair).getPrivate();
        }
        if (!(item instanceof X509CertificateHolder)) {
          throw new IllegalArgumentException(label + ": encrypted or unsupported private key ("
              + item.getClass().getSimpleName() + "); use an unencrypted PKCS#8, EC or RSA key");
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(label + ": not a valid PEM key file (" + e.getMessage() + ")");
    }
    throw new IllegalArgumentException(label + ": no PRIVATE KEY block found");
  }

  /** Whether {@code key} signs what {@code certificate}'s public key verifies. */
  static boolean matches(X509Certificate certificate, PrivateKey key) {
    String algorithm = switch (key.getAlgorithm()) {
      case "EC" -> "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      default -> null;
    };
    if (algorithm == null) {
      return true;
    }
    try {
      byte[] probe = "bulwark".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
