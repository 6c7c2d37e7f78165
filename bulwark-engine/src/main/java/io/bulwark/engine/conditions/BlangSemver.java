package io.bulwark.engine.conditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A semantic version as {@code github.com/blang/semver/v4} parses and orders it ({@code
 * semver.Parse}, {@code Version.Compare}), which Kyverno's numeric operators fall back to.
 *
 * <p>Parsing is strict: exactly {@code MAJOR.MINOR.PATCH}, no {@code v} prefix, no leading zeros in
 * numeric parts, then an optional {@code -prerelease} and {@code +build}, whose dot-separated parts
 * use {@code [0-9A-Za-z-]}. Build metadata does not affect ordering; a version with a prerelease is
 * below the same version without one. Not Masterminds/semver, which Kyverno's JMESPath {@code
 * semver_compare} uses and which reads versions differently.
 */
final class BlangSemver implements Comparable<BlangSemver> {

  private static final String NUMBERS = "0123456789";
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-" + NUMBERS;

  private final long major;
  private final long minor;
  private final long patch;
  private final List<Prerelease> prerelease;

  private BlangSemver(long major, long minor, long patch, List<Prerelease> prerelease) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.prerelease = List.copyOf(prerelease);
  }

  /** {@code semver.Parse}; empty where it returns an error. */
  static Optional<BlangSemver> parse(String s) {
    String[] parts = s.split("\\.", 3);
    if (s.isEmpty() || parts.length != 3) {
      return Optional.empty();
    }
    Optional<Long> major = versionNumber(parts[0]);
    Optional<Long> minor = versionNumber(parts[1]);
    if (major.isEmpty() || minor.isEmpty()) {
      return Optional.empty();
    }
    String patchText = parts[2];
    List<String> build = List.of();
    int plus = patchText.indexOf('+');
    if (plus >= 0) {
      build = splitDots(patchText.substring(plus + 1));
      patchText = patchText.substring(0, plus);
    }
    List<String> pre = List.of();
    int dash = patchText.indexOf('-');
    if (dash >= 0) {
      pre = splitDots(patchText.substring(dash + 1));
      patchText = patchText.substring(0, dash);
    }
    Optional<Long> patch = versionNumber(patchText);
    if (patch.isEmpty()) {
      return Optional.empty();
    }
    List<Prerelease> prerelease = new ArrayList<>();
    for (String part : pre) {
      Optional<Prerelease> parsed = Prerelease.parse(part);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      prerelease.add(parsed.get());
    }
    for (String part : build) {
      if (part.isEmpty() || !containsOnly(part, ALPHANUMERIC)) {
        return Optional.empty();
      }
    }
    return Optional.of(new BlangSemver(major.get(), minor.get(), patch.get(), prerelease));
  }

  @Override
  public int compareTo(BlangSemver o) {
    int c = Long.compareUnsigned(major, o.major);
    if (c == 0) {
      c = Long.compareUnsigned(minor, o.minor);
    }
    if (c == 0) {
      c = Long.compareUnsigned(patch, o.patch);
    }
    if (c != 0) {
      return Integer.signum(c);
    }
    if (prerelease.isEmpty() || o.prerelease.isEmpty()) {
      return Boolean.compare(prerelease.isEmpty(), o.prerelease.isEmpty());
    }
    int common = Math.min(prerelease.size(), o.prerelease.size());
    for (int i = 0; i < common; i++) {
      int p = prerelease.get(i).compareTo(o.prerelease.get(i));
      if (p != 0) {
        return p;
      }
    }
    return Integer.compare(prerelease.size(), o.prerelease.size());
  }

  /** A major, minor or patch number: digits only, no leading zero, within uint64. */
  private static Optional<Long> versionNumber(String s) {
    if (!containsOnly(s, NUMBERS) || (s.length() > 1 && s.charAt(0) == '0')) {
      return Optional.empty();
    }
    return parseUint64(s);
  }

  /** {@code strconv.ParseUint(s, 10, 64)} for a string of ASCII digits. */
  private static Optional<Long> parseUint64(String digits) {
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseUnsignedLong(digits));
    } catch (NumberFormatException outOfRange) {
      return Optional.empty();
    }
  }

  /** Go's {@code strings.Split(s, ".")}: an empty string gives one empty part. */
  private static List<String> splitDots(String s) {
    return List.of(s.split("\\.", -1));
  }

  private static boolean containsOnly(String s, String allowed) {
    for (int i = 0; i < s.length(); i++) {
      if (allowed.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** One dot-separated prerelease part: a number, or an alphanumeric identifier. */
  private record Prerelease(boolean numeric, long number, String text)
      implements Comparable<Prerelease> {

    static Optional<Prerelease> parse(String s) {
      if (s.isEmpty()) {
        return Optional.empty();
      }
      if (containsOnly(s, NUMBERS)) {
        if (s.length() > 1 && s.charAt(0) == '0') {
          return Optional.empty();
        }
        return parseUint64(s).map(n -> new Prerelease(true, n, s));
      }
      return containsOnly(s, ALPHANUMERIC)
          ? Optional.of(new Prerelease(false, 0, s))
          : Optional.empty();
    }

    /** Numbers compare numerically and sort before identifiers, which compare byte-wise. */
    @Override
    public int compareTo(Prerelease o) {
      if (numeric && o.numeric) {
        return Integer.signum(Long.compareUnsigned(number, o.number));
      }
      if (numeric != o.numeric) {
        return numeric ? -1 : 1;
      }
      return Integer.signum(text.compareTo(o.text));
    }
  }
}
