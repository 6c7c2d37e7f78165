package io.bulwark.admission.tls;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The server side of TLS: TLS 1.3 and 1.2 only, and on 1.2 only ECDHE key exchange with AEAD
 * ciphers (AES-GCM, ChaCha20-Poly1305), as Kyverno configures its webhook server. No client
 * certificates are asked for.
 */
public final class TlsSettings {

  static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private static final Set<String> SUITES = Set.of(
      "TLS_AES_128_GCM_SHA256",
      "TLS_AES_256_GCM_SHA384",
      "TLS_CHACHA20_POLY1305_SHA256",
      "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  private TlsSettings() {}

  /** A server context whose certificate comes from {@code keys}. */
  public static SSLContext serverContext(ReloadingKeyManager keys) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {keys}, null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Applies the protocol and cipher suite restrictions to every connection of an HTTPS server. */
  public static HttpsConfigurator configurator(SSLContext context) {
    String[] suites = Arrays.stream(context.getSupportedSSLParameters().getCipherSuites())
        .filter(SUITES::contains)
        .toArray(String[]::new);
    return new HttpsConfigurator(context) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
        parameters.setCipherSuites(suites);
        parameters.setNeedClientAuth(false);
        params.setSSLParameters(parameters);
      }
    };
  }
}
