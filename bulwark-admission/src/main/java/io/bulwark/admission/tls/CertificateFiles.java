package io.bulwark.admission.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate file and key file that may be replaced on disk (cert-manager renewals, a mounted
 * Secret). {@link #reloadIfChanged()} reads them again after either changes; a pair that does not
 * load (half-written, mismatched) is reported once and retried when the files change again.
 * Called from one thread at a time.
 */
public final class CertificateFiles {

  private final Path certFile;
  private final Path keyFile;
  private List<Object> seen = List.of();

  public CertificateFiles(Path certFile, Path keyFile) {
    this.certFile = Objects.requireNonNull(certFile, "certFile");
    this.keyFile = Objects.requireNonNull(keyFile, "keyFile");
  }

  /** Reads the pair now. */
  public ServingIdentity load() throws IOException {
    seen = stamps();
    return PemFiles.read(certFile, keyFile);
  }

  /**
   * The new pair if the files changed since the last look and now load; empty if unchanged.
   *
   * @throws IllegalArgumentException (once per change) when the changed files do not load
   */
  public Optional<ServingIdentity> reloadIfChanged() {
    List<Object> now;
    try {
      now = stamps();
    } catch (IOException e) {
      return Optional.empty();
    }
    if (now.equals(seen)) {
      return Optional.empty();
    }
    seen = now;
    try {
      return Optional.of(PemFiles.read(certFile, keyFile));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + certFile + " or " + keyFile + ": " + e.getMessage());
    }
  }

  private List<Object> stamps() throws IOException {
    FileTime certTime = Files.getLastModifiedTime(certFile);
    FileTime keyTime = Files.getLastModifiedTime(keyFile);
    return List.of(certTime, Files.size(certFile), keyTime, Files.size(keyFile));
  }
}
