package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.pattern.Anchor.Type;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnchorTest {

  static Stream<Arguments> anchors() {
    return Stream.of(
        Arguments.of("(name)", Type.CONDITION, "name"),
        Arguments.of("<(image)", Type.GLOBAL, "image"),
        Arguments.of("X(hostPath)", Type.NEGATION, "hostPath"),
        Arguments.of("+(label)", Type.ADD_IF_NOT_PRESENT, "label"),
        Arguments.of("=(env)", Type.EQUALITY, "env"),
        Arguments.of("^(containers)", Type.EXISTENCE, "containers"),
        Arguments.of("  (name)\t", Type.CONDITION, "name"),
        Arguments.of("(a)(b)", Type.CONDITION, "a)(b"),
        Arguments.of("=(kubernetes.io/*)", Type.EQUALITY, "kubernetes.io/*"),
        Arguments.of("(X(a))", Type.CONDITION, "X(a)"));
  }

  @ParameterizedTest(name = "{0} is {1} on {2}")
  @MethodSource("anchors")
  void parsesAnchors(String text, Type type, String key) {
    assertThat(Anchor.parse(text)).contains(new Anchor(type, key));
  }

  @ParameterizedTest(name = "\"{0}\" is a plain key")
  @ValueSource(
      strings = {"", "()", "X()", "name", "(name", "name)", "so)m(et(hin)g", "Y(a)", "^abc", "x(a)"})
  void treatsEverythingElseAsPlainKeys(String text) {
    assertThat(Anchor.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"(a)", "<(a)", "X(a)", "+(a)", "=(a)", "^(a)"})
  void printsAsWritten(String text) {
    assertThat(Anchor.parse(text).orElseThrow().text()).isEqualTo(text);
  }

  /** Kyverno's anchor syntax as a regular expression: the hand-written parser must agree with it. */
  private static final Pattern KYVERNO_SYNTAX = Pattern.compile("([+<=X^])?\\(([^\\n]+)\\)");

  @Test
  void agreesWithKyvernosRegularExpressionOnRandomKeys() {
    Random random = new Random(20260306);
    String alphabet = "()()XX==+<^ab. \t\n\u00a0x";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Anchor.parse(text.toString())).as("'%s'", text).isEqualTo(byRegex(text.toString()));
    }
  }

  private static Optional<Anchor> byRegex(String text) {
    Matcher m = KYVERNO_SYNTAX.matcher(GoStrings.trimSpace(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    String modifier = m.group(1) == null ? "" : m.group(1);
    for (Type type : Type.values()) {
      if (type.modifier().equals(modifier)) {
        return Optional.of(new Anchor(type, m.group(2)));
      }
    }
    throw new AssertionError(modifier);
  }
}
