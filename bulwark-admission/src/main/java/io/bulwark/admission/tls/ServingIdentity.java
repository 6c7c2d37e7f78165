package io.bulwark.admission.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A serving certificate chain (leaf first) and its private key. */
public record ServingIdentity(List<X509Certificate> chain, PrivateKey key) {

  public ServingIdentity {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a serving identity needs at least one certificate");
    }
    Objects.requireNonNull(key, "key");
  }

  public X509Certificate leaf() {
    return chain.get(0);
  }
}
