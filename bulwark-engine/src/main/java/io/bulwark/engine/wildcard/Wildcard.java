package io.bulwark.engine.wildcard;

/**
 * Kyverno's wildcard matching (go-wildcard v1.0.3 through {@code ext/wildcard}): {@code *} matches
 * any run of characters, {@code /} included; {@code ?} matches exactly one character; every other
 * character matches itself. An empty pattern matches only the empty string. Stateless.
 */
public final class Wildcard {

  private Wildcard() {}

  /** Whether {@code text} matches {@code pattern}. */
  public static boolean match(String pattern, String text) {
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
      return pattern.equals(text);
    }
    // Iterative glob match with single-star backtracking: linear in practice, no recursion.
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || (pattern.charAt(p) != '*' && pattern.charAt(p) == text.charAt(t)))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /** Whether the string contains a wildcard character. */
  public static boolean containsWildcard(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
  }
}
