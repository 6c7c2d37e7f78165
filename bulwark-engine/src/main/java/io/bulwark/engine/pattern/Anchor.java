package io.bulwark.engine.pattern;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern SYNTAX = Pattern.compile("([+<=X^])?\\(([^\\n]+)\\)");

  public Anchor {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
  }

  /** The anchor for {@code text}, or empty when {@code text} is a plain key. */
  public static Optional<Anchor> parse(String text) {
    Matcher m = SYNTAX.matcher(GoStrings.trimSpace(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    String modifier = m.group(1) == null ? "" : m.group(1);
    for (Type type : Type.values()) {
      if (type.modifier.equals(modifier)) {
        return Optional.of(new Anchor(type, m.group(2)));
      }
    }
    throw new IllegalStateException("modifier " + modifier);
  }

  /** Whether {@code text} parses as an anchor of {@code type}. */
  static boolean is(String text, Type type) {
    return parse(text).map(a -> a.type() == type).orElse(false);
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
