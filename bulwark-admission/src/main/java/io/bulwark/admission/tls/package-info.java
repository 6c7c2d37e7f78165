/**
 * The webhook's certificates: {@link io.bulwark.admission.tls.CertificateAuthority} generates a
 * self-signed CA and a serving certificate (EC P-256, BouncyCastle builders over the JDK's
 * providers); {@link io.bulwark.admission.tls.PemFiles} reads and writes PEM; {@link
 * io.bulwark.admission.tls.ReloadingKeyManager} serves whatever pair is current, so certificates
 * from files can be replaced on disk (cert-manager, mounted secrets) without a restart; {@link
 * io.bulwark.admission.tls.TlsSettings} restricts the server to TLS 1.2 and 1.3 with ECDHE AEAD
 * suites.
 */
package io.bulwark.admission.tls;
