package io.bulwark.engine.podsecurity;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kyverno's image reference normalisation ({@code GetImageInfo} then {@code ImageInfo.String()})
 * with the default configuration: {@code docker.io} as the default registry, registry mutation on,
 * {@code latest} as the default tag, and the digest instead of the tag when there is one. So
 * {@code nginx} is {@code docker.io/nginx:latest} and {@code ghcr.io/a/b@sha256:...} keeps its digest.
 * The grammar is that of {@code github.com/distribution/reference}.
 */
final class ImageReference {

  private static final String ALPHANUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT = ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String HOST =
      "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[(?:[a-fA-F0-9:]+)\\])";
  private static final String DOMAIN = HOST + "(?::[0-9]+)?";
  private static final Pattern REFERENCE = Pattern.compile(
      "((?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)"
          + "(?::([\\w][\\w.-]{0,127}))?"
          + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?");
  private static final Pattern NAME = Pattern.compile(
      "(?:(" + DOMAIN + ")/)?(" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)");
  private static final Map<String, Integer> DIGEST_LENGTHS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);
  private static final int NAME_TOTAL_LENGTH_MAX = 255;

  private ImageReference() {}

  /** The normalised reference, or empty when Kyverno could not parse the image. */
  static Optional<String> normalize(String image) {
    var m = REFERENCE.matcher(withDefaultRegistry(image));
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    String tag = m.group(2);
    String digest = m.group(3);
    if (name.length() > NAME_TOTAL_LENGTH_MAX || (digest != null && !validDigest(digest))) {
      return Optional.empty();
    }
    var parts = NAME.matcher(name);
    if (!parts.matches()) {
      return Optional.empty();
    }
    String repository = parts.group(1) == null ? parts.group(2) : parts.group(1) + "/" + parts.group(2);
    if (digest != null) {
      return Optional.of(repository + "@" + digest);
    }
    return Optional.of(repository + ":" + (tag == null ? "latest" : tag));
  }

  private static boolean validDigest(String digest) {
    int colon = digest.indexOf(':');
    Integer length = DIGEST_LENGTHS.get(digest.substring(0, colon));
    String hex = digest.substring(colon + 1);
    return length != null && hex.length() == length && hex.chars().noneMatch(Character::isUpperCase);
  }

  /** Kyverno's {@code addDefaultRegistry}: a first path element that is not a host gets {@code docker.io/} before it. */
  private static String withDefaultRegistry(String image) {
    int slash = image.indexOf('/');
    if (slash < 0) {
      return "docker.io/" + image;
    }
    String first = image.substring(0, slash);
    boolean host = first.contains(".") || first.contains(":") || first.equals("localhost")
        || !first.toLowerCase(java.util.Locale.ROOT).equals(first);
    return host ? image : "docker.io/" + image;
  }
}
