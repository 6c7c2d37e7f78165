package io.bulwark.engine.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * blang/semver v4, as {@code semver_compare} uses it: strict {@code
 * MAJOR.MINOR.PATCH[-pre][+build]} versions and ranges such as {@code >1.0.0 <2.0.0 ||
 * >=3.0.0}, {@code !=1.2.3} and wildcards ({@code 1.2.x}, {@code >=1.x}). Wildcards are expanded exactly as blang does, including its
 * quirk that {@code 1.x.x} counts as a patch wildcard ({@code >1.x.x} means {@code >=1.1.0}).
 * Errors carry blang's texts. Stateless.
 */
public final class Semver {

  private static final String NUMBERS = "0123456789";
  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-" + NUMBERS;

  private Semver() {}

  /** A version; numbers are unsigned 64-bit, compared as such. */
  public record Version(long major, long minor, long patch, List<Prerelease> pre)
      implements Comparable<Version> {

    public static final Version ZERO = new Version(0, 0, 0, List.of());

    @Override
    public int compareTo(Version o) {
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
      if (pre.isEmpty() || o.pre.isEmpty()) {
        // A release sorts after its prereleases.
        return pre.isEmpty() == o.pre.isEmpty() ? 0 : (pre.isEmpty() ? 1 : -1);
      }
      for (int i = 0; i < pre.size() && i < o.pre.size(); i++) {
        int p = pre.get(i).compareTo(o.pre.get(i));
        if (p != 0) {
          return p;
        }
      }
      return Integer.signum(Integer.compare(pre.size(), o.pre.size()));
    }
  }

  /** One dot-separated prerelease identifier: numeric ones sort before alphanumeric ones. */
  public record Prerelease(String text, long number, boolean numeric) implements Comparable<Prerelease> {
    @Override
    public int compareTo(Prerelease o) {
      if (numeric != o.numeric) {
        return numeric ? -1 : 1;
      }
      if (numeric) {
        return Integer.signum(Long.compareUnsigned(number, o.number));
      }
      return io.bulwark.engine.jmespath.JmesValues.compareStrings(text, o.text);
    }
  }

  /** A malformed version or range; the message is blang's. */
  public static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** {@code semver.Parse}, empty where blang returns an error. */
  public static java.util.Optional<Version> tryParse(String s) {
    try {
      return java.util.Optional.of(parse(s));
    } catch (Invalid e) {
      return java.util.Optional.empty();
    }
  }

  /** {@code semver.Parse}. */
  public static Version parse(String s) throws Invalid {
    if (s.isEmpty()) {
      throw new Invalid("Version string empty");
    }
    String[] parts = s.split("\\.", 3);
    if (parts.length != 3) {
      throw new Invalid("No Major.Minor.Patch elements found");
    }
    long major = number(parts[0], "major number");
    long minor = number(parts[1], "minor number");
    String patchText = parts[2];
    List<String> build = List.of();
    int plus = patchText.indexOf('+');
    if (plus >= 0) {
      build = List.of(patchText.substring(plus + 1).split("\\.", -1));
      patchText = patchText.substring(0, plus);
    }
    List<String> prerelease = List.of();
    int dash = patchText.indexOf('-');
    if (dash >= 0) {
      prerelease = List.of(patchText.substring(dash + 1).split("\\.", -1));
      patchText = patchText.substring(0, dash);
    }
    long patch = number(patchText, "patch number");
    List<Prerelease> pre = new ArrayList<>();
    for (String p : prerelease) {
      pre.add(prerelease(p));
    }
    for (String b : build) {
      if (b.isEmpty()) {
        throw new Invalid("Build meta data is empty");
      }
      if (!containsOnly(b, ALPHANUMERIC)) {
        throw new Invalid(
            "Invalid character(s) found in build meta data " + GoText.quote(b));
      }
    }
    return new Version(major, minor, patch, List.copyOf(pre));
  }

  private static long number(String text, String what) throws Invalid {
    if (!containsOnly(text, NUMBERS)) {
      throw new Invalid("Invalid character(s) found in " + what + " " + GoText.quote(text));
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      String capitalized = Character.toUpperCase(what.charAt(0)) + what.substring(1);
      throw new Invalid(capitalized + " must not contain leading zeroes " + GoText.quote(text));
    }
    return parseUint(text);
  }

  private static long parseUint(String text) throws Invalid {
    if (text.isEmpty()) {
      throw new Invalid("strconv.ParseUint: parsing \"\": invalid syntax");
    }
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException tooLarge) {
      throw new Invalid(
          "strconv.ParseUint: parsing " + GoText.quote(text) + ": value out of range");
    }
  }

  private static Prerelease prerelease(String s) throws Invalid {
    if (s.isEmpty()) {
      throw new Invalid("Prerelease is empty");
    }
    if (containsOnly(s, NUMBERS)) {
      if (s.length() > 1 && s.charAt(0) == '0') {
        throw new Invalid(
            "Numeric PreRelease version must not contain leading zeroes " + GoText.quote(s));
      }
      return new Prerelease(s, parseUint(s), true);
    }
    if (containsOnly(s, ALPHANUMERIC)) {
      return new Prerelease(s, 0, false);
    }
    throw new Invalid("Invalid character(s) found in prerelease " + GoText.quote(s));
  }

  private static boolean containsOnly(String s, String set) {
    return s.codePoints().allMatch(cp -> set.indexOf(cp) >= 0);
  }

  /** {@code semver.ParseRange}: OR of AND-groups of comparisons. */
  public static Predicate<Version> parseRange(String s) throws Invalid {
    List<List<String>> orParts = splitOrParts(splitAndTrim(s));
    Predicate<Version> any = null;
    for (List<String> andPart : expandWildcards(orParts)) {
      Predicate<Version> all = null;
      for (String comparison : andPart) {
        String[] split = splitComparatorVersion(comparison);
        Predicate<Version> test;
        try {
          test = comparison(split[0], split[1]);
        } catch (Invalid invalid) {
          throw new Invalid(
              "Could not parse Range " + GoText.quote(comparison) + ": " + invalid.getMessage());
        }
        all = all == null ? test : all.and(test);
      }
      any = any == null ? all : any.or(all);
    }
    return any;
  }

  private static Predicate<Version> comparison(String operator, String versionText)
      throws Invalid {
    String whole = operator + versionText;
    Predicate<Integer> accepts =
        switch (operator) {
          case "", "=", "==" -> c -> c == 0;
          case "!", "!=" -> c -> c != 0;
          case ">" -> c -> c > 0;
          case ">=" -> c -> c >= 0;
          case "<" -> c -> c < 0;
          case "<=" -> c -> c <= 0;
          default ->
              throw new Invalid(
                  "Could not parse comparator "
                      + GoText.quote(operator)
                      + " in "
                      + GoText.quote(whole));
        };
    Version bound;
    try {
      bound = parse(versionText);
    } catch (Invalid invalid) {
      throw new Invalid(
          "Could not parse version "
              + GoText.quote(versionText)
              + " in "
              + GoText.quote(whole)
              + ": "
              + invalid.getMessage());
    }
    return v -> accepts.test(v.compareTo(bound));
  }

  /** Splits on spaces, except spaces right after an operator character ({@code >= 1.0.0}). */
  private static List<String> splitAndTrim(String s) {
    List<String> result = new ArrayList<>();
    int last = 0;
    char lastChar = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' && lastChar != '>' && lastChar != '<' && lastChar != '=') {
        if (last < i - 1) {
          result.add(s.substring(last, i));
        }
        last = i + 1;
      } else if (c != ' ') {
        lastChar = c;
      }
    }
    if (last < s.length() - 1) {
      result.add(s.substring(last));
    }
    result.replaceAll(part -> part.replace(" ", ""));
    return result;
  }

  private static List<List<String>> splitOrParts(List<String> parts) throws Invalid {
    List<List<String>> or = new ArrayList<>();
    int last = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).equals("||")) {
        if (i == 0) {
          throw new Invalid("First element in range is '||'");
        }
        or.add(parts.subList(last, i));
        last = i + 1;
      }
    }
    if (last == parts.size()) {
      throw new Invalid("Last element in range is '||'");
    }
    or.add(parts.subList(last, parts.size()));
    return or;
  }

  private static String[] splitComparatorVersion(String s) throws Invalid {
    int i = 0;
    while (i < s.length() && !Character.isDigit(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    if (i == s.length()) {
      throw new Invalid("Could not get version from string: " + GoText.quote(s));
    }
    return new String[] {s.substring(0, i).strip(), s.substring(i)};
  }

  private static List<List<String>> expandWildcards(List<List<String>> parts) throws Invalid {
    List<List<String>> expanded = new ArrayList<>();
    for (List<String> part : parts) {
      List<String> out = new ArrayList<>();
      for (String comparison : part) {
        if (comparison.contains("x")) {
          String[] split = splitComparatorVersion(comparison);
          String operator = split[0];
          String version = split[1];
          String[] pieces = version.split("\\.", -1);
          boolean lastIsX = pieces[pieces.length - 1].equals("x");
          int wildcard = lastIsX && pieces.length <= 3 ? pieces.length : 0;
          String flat = flatten(version);
          String resultOperator = "";
          boolean increment = false;
          switch (operator) {
            case ">" -> {
              resultOperator = ">=";
              increment = true;
            }
            case ">=" -> resultOperator = ">=";
            case "<" -> resultOperator = "<";
            case "<=" -> {
              resultOperator = "<";
              increment = true;
            }
            case "", "=", "==" -> {
              out.add(">=" + flat);
              resultOperator = "<";
              increment = true;
            }
            case "!=", "!" -> {
              out.add("<" + flat);
              resultOperator = ">=";
              increment = true;
            }
            default -> {}
          }
          String resultVersion = flat;
          if (increment) {
            resultVersion =
                switch (wildcard) {
                  case 3 -> incremented(flat, 1);
                  case 2 -> incremented(flat, 0);
                  default -> "";
                };
          }
          comparison = resultOperator + resultVersion;
        }
        out.add(comparison);
      }
      expanded.add(out);
    }
    return expanded;
  }

  /** blang's {@code createVersionFromWildcard}: {@code 1.2.x} → 1.2.0, {@code 1.x} → 1.0.0. */
  private static String flatten(String version) {
    String flat = version.replaceFirst("\\.x\\.x", ".x").replaceFirst("\\.x", ".0");
    return flat.split("\\.", -1).length == 2 ? flat + ".0" : flat;
  }

  /** The version with part {@code index} incremented; "" when that part is not a number. */
  private static String incremented(String version, int index) {
    String[] parts = version.split("\\.", -1);
    try {
      parts[index] = Long.toString(Long.parseLong(parts[index]) + 1);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException notNumber) {
      return "";
    }
    return String.join(".", parts);
  }
}
