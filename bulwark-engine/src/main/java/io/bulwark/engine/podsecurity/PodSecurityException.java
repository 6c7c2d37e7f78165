package io.bulwark.engine.podsecurity;

/**
 * The rule cannot be evaluated: the version does not parse, the resource is not a Pod or a Pod
 * controller, or its pod template does not decode. Kyverno reports these as a rule error; {@link
 * #getMessage()} is Kyverno's error text, e.g. {@code failed to parse pod security api version: must be
 * "latest" or "v1.x"} or {@code Error while getting new resource: could not find correct resource type}.
 */
public final class PodSecurityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PodSecurityException(String message) {
    super(message);
  }

  static PodSecurityException badVersion(String reason) {
    return new PodSecurityException("failed to parse pod security api version: " + reason);
  }

  static PodSecurityException badResource(String reason) {
    return new PodSecurityException("Error while getting new resource: " + reason);
  }
}
