package io.bulwark.engine.jmespath.function;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference as Kyverno's {@code GetImageInfo} reads it: the default registry is prefixed
 * when the first path part is not a host, the result is parsed with distribution/reference's
 * grammar (no {@code library/} is added), and a missing tag is {@code latest}. Errors carry the
 * library's texts ({@code invalid reference format}).
 *
 * @param registry the registry host (with port), empty when registry mutation is off and the
 *     registry was only added by default
 * @param path the repository path, e.g. {@code nginx} or {@code library/nginx}
 * @param tag the tag, possibly defaulted to {@code latest}; empty with a digest and no tag
 * @param digest the digest, e.g. {@code sha256:...}, or empty
 */
record ImageReference(String registry, String path, String tag, String digest) {

  private static final String ALPHANUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT =
      ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
  private static final String DOMAIN_COMPONENT =
      "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String HOST =
      "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[(?:[a-fA-F0-9:]+)\\])";
  private static final String DOMAIN_AND_PORT = HOST + "(?::[0-9]+)?";
  private static final String NAME =
      "(?:" + DOMAIN_AND_PORT + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][a-fA-F0-9]{32,}";
  private static final Pattern REFERENCE =
      Pattern.compile("^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");
  private static final Pattern ANCHORED_NAME =
      Pattern.compile(
          "^(?:(" + DOMAIN_AND_PORT + ")/)?(" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)$");
  private static final int NAME_TOTAL_LENGTH_MAX = 255;
  private static final Map<String, Integer> DIGEST_HEX_LENGTHS =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  /** A reference Kyverno rejects; the message is the library's. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads {@code image} as {@code GetImageInfo} does.
   *
   * @throws Invalid with Kyverno's {@code bad image: ...} text
   */
  static ImageReference parse(String image, String defaultRegistry, boolean mutateRegistry)
      throws Invalid {
    String full = withDefaultRegistry(image, defaultRegistry);
    Matcher m = REFERENCE.matcher(full);
    String error = null;
    if (!m.matches()) {
      if (full.isEmpty()) {
        error = "repository name must have at least one component";
      } else if (REFERENCE.matcher(full.toLowerCase(Locale.ROOT)).matches()) {
        error = "repository name must be lowercase";
      } else {
        error = "invalid reference format";
      }
    } else if (m.group(1).length() > NAME_TOTAL_LENGTH_MAX) {
      error = "repository name must not be more than 255 characters";
    } else if (m.group(3) != null) {
      error = digestError(m.group(3));
    }
    if (error != null) {
      throw new Invalid(
          "bad image: "
              + full
              + ", defaultRegistry: "
              + defaultRegistry
              + ", enableDefaultRegistryMutation: "
              + mutateRegistry
              + ": "
              + error);
    }
    Matcher name = ANCHORED_NAME.matcher(m.group(1));
    String registry = "";
    String path = m.group(1);
    if (name.matches()) {
      registry = name.group(1) == null ? "" : name.group(1);
      path = name.group(2);
    }
    String tag = m.group(2) == null ? "" : m.group(2);
    String digest = m.group(3) == null ? "" : m.group(3);
    if (digest.isEmpty() && tag.isEmpty()) {
      tag = "latest";
    }
    if (!full.equals(image) && !mutateRegistry) {
      registry = "";
    }
    return new ImageReference(registry, path, tag, digest);
  }

  /** Prefixes the default registry unless the first part looks like a host. */
  private static String withDefaultRegistry(String image, String defaultRegistry) {
    int slash = image.indexOf('/');
    if (slash < 0) {
      return defaultRegistry + "/" + image;
    }
    String first = image.substring(0, slash);
    boolean host =
        first.contains(".")
            || first.contains(":")
            || first.equals("localhost")
            || !first.toLowerCase(Locale.ROOT).equals(first);
    return host ? image : defaultRegistry + "/" + image;
  }

  /** go-digest's validation of a digest matched by the reference grammar. */
  private static String digestError(String digest) {
    int colon = digest.indexOf(':');
    String algorithm = digest.substring(0, colon);
    String encoded = digest.substring(colon + 1);
    Integer length = DIGEST_HEX_LENGTHS.get(algorithm);
    if (length == null) {
      return "unsupported digest algorithm";
    }
    if (encoded.length() != length) {
      return "invalid checksum digest length";
    }
    return encoded.matches("[a-f0-9]+") ? null : "invalid checksum digest format";
  }

  /** {@code ImageInfo.String()}: registry/path then {@code @digest} or {@code :tag}. */
  @Override
  public String toString() {
    String image = registry.isEmpty() ? path : registry + "/" + path;
    return digest.isEmpty() ? image + ":" + tag : image + "@" + digest;
  }
}
