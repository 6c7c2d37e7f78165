package io.bulwark.engine.pattern;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pattern key wrapped in one of Kyverno's anchors: {@code (key)}, {@code <(key)}, {@code
 * X(key)}, {@code +(key)}, {@code =(key)} or {@code ^(key)}.
 *
 * <p>Parsing follows Kyverno's {@code anchor.Parse}: surrounding whitespace is ignored, then the
 * text must be an optional modifier followed by a parenthesised, non-empty key. The key is taken
 * greedily, so {@code (a)(b)} is a condition on the key {@code a)(b}. Immutable.
 *
 * @param type which anchor
 * @param key the resource key the anchor refers to, without the anchor syntax
 */
public record Anchor(Type type, String key) {

  /** The anchor kinds, each with its Kyverno modifier. */
  public enum Type {
    /** {@code (key)}: the enclosing map is checked only when the value matches. */
    CONDITION(""),
    /** {@code <(key)}: the whole rule applies only when the value matches. */
    GLOBAL("<"),
    /** {@code X(key)}: the key must be absent. */
    NEGATION("X"),
    /** {@code +(key)}: mutate only; validation treats the key literally. */
    ADD_IF_NOT_PRESENT("+"),
    /** {@code =(key)}: when the key is present its value must match. */
    EQUALITY("="),
    /** {@code ^(key)}: at least one element of the list must match each pattern element. */
    EXISTENCE("^");

    private final String modifier;

    Type(String modifier) {
      this.modifier = modifier;
    }

    /** The modifier as written before the parenthesis; empty for a condition. */
    public String modifier() {
      return modifier;
    }
  }

  private static final int CACHE_LIMIT = 4096;
  private static final Map<String, Optional<Anchor>> PARSED = new ConcurrentHashMap<>();

  public Anchor {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
  }

  /**
   * The anchor for {@code text}, or empty when {@code text} is a plain key: after trimming, an
   * optional modifier, {@code (}, a key of at least one character with no line break, and a
   * closing {@code )} as the last character (Kyverno's {@code ([+<=X^])?\((.+)\)}). Called for
   * every pattern key on every evaluation, so it is written out rather than a regular expression,
   * a key that cannot be an anchor is told at its last character, and the anchors themselves are
   * remembered (pattern keys come from policies, so there are few distinct ones).
   */
  public static Optional<Anchor> parse(String text) {
    int length = text.length();
    if (length == 0) {
      return Optional.empty();
    }
    char last = text.charAt(length - 1);
    if (last != ')' && !GoStrings.isSpace(last)) {
      return Optional.empty();
    }
    Optional<Anchor> cached = PARSED.get(text);
    if (cached != null) {
      return cached;
    }
    Optional<Anchor> parsed = parseUncached(text);
    if (PARSED.size() < CACHE_LIMIT) {
      PARSED.put(text, parsed);
    }
    return parsed;
  }

  private static Optional<Anchor> parseUncached(String text) {
    String s = GoStrings.trimSpace(text);
    int length = s.length();
    if (length < 3 || s.charAt(length - 1) != ')') {
      return Optional.empty();
    }
    Type type = switch (s.charAt(0)) {
      case '(' -> Type.CONDITION;
      case '<' -> Type.GLOBAL;
      case 'X' -> Type.NEGATION;
      case '+' -> Type.ADD_IF_NOT_PRESENT;
      case '=' -> Type.EQUALITY;
      case '^' -> Type.EXISTENCE;
      default -> null;
    };
    int open = type == Type.CONDITION ? 0 : 1;
    if (type == null || length - open < 3 || s.charAt(open) != '(') {
      return Optional.empty();
    }
    String key = s.substring(open + 1, length - 1);
    return key.indexOf('\n') >= 0 ? Optional.empty() : Optional.of(new Anchor(type, key));
  }

  /** Whether {@code text} parses as an anchor of {@code type}. */
  static boolean is(String text, Type type) {
    Optional<Anchor> anchor = parse(text);
    return anchor.isPresent() && anchor.get().type() == type;
  }

  /** The anchor as Kyverno writes it, e.g. {@code =(app)}. */
  public String text() {
    return type.modifier + "(" + key + ")";
  }

  @Override
  public String toString() {
    return text();
  }
}
