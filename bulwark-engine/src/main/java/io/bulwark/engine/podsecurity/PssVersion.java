package io.bulwark.engine.podsecurity;

import io.bulwark.engine.value.GoText;
import java.util.regex.Pattern;

/**
 * A Pod Security Standards version: {@code latest} or {@code v1.MINOR} (the library's {@code
 * api.Version}). Kyverno reads an empty version as {@code latest}.
 */
record PssVersion(boolean latest, int minor) {

  static final PssVersion LATEST = new PssVersion(true, 0);
  private static final Pattern FORM = Pattern.compile("v1\\.(0|[1-9][0-9]*)");

  static PssVersion of(int minor) {
    return new PssVersion(false, minor);
  }

  /**
   * @throws PodSecurityException with Kyverno's message for anything but {@code latest}, the empty
   *     string and {@code v1.N}
   */
  static PssVersion parse(String text) {
    if (text == null || text.isEmpty() || text.equals("latest")) {
      return LATEST;
    }
    var m = FORM.matcher(text);
    if (!m.matches()) {
      throw PodSecurityException.badVersion("must be \"latest\" or \"v1.x\"");
    }
    try {
      return of(Integer.parseInt(m.group(1)));
    } catch (NumberFormatException tooLarge) {
      throw PodSecurityException.badVersion(
          "strconv.Atoi: parsing " + GoText.quote(m.group(1)) + ": value out of range");
    }
  }

  /** The library's {@code Older}: latest is older than nothing, and everything else is older than latest. */
  boolean olderThan(PssVersion other) {
    if (latest) {
      return false;
    }
    if (other.latest) {
      return true;
    }
    return minor < other.minor;
  }

  @Override
  public String toString() {
    return latest ? "latest" : "v1." + minor;
  }
}
