package io.bulwark.engine.jmespath.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.jmespath.JmesPathException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * random: seeded property checks that every generated string matches its expression, for the
 * expression shapes Kyverno policies use.
 */
class RandomFunctionTest {

  static Stream<String> expressions() {
    return Stream.of(
        "[a-z0-9]{6}",
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[A-Z][a-z]+",
        "(foo|bar|baz)-\\d{2,4}",
        "^x?y*z+$",
        "[^a-z]{5}",
        "\\w{3}\\s\\W",
        "a.c",
        "(?:ab){2,}",
        "[[:alpha:]][[:digit:]]{3}",
        "(?P<name>[a-c]{1,3})-(?i)q",
        "\\Qa.b\\E",
        "[\\-_.]{4}",
        "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressions")
  void generatesMatchingStrings(String expression) throws Exception {
    if (expression.isEmpty()) {
      return;
    }
    var calls = Calls.with(List.of(new RandomFunction(new Random(20240202))));
    GoRegex regex = GoRegex.compile("^(?:" + expression + ")$");
    for (int i = 0; i < 200; i++) {
      String generated =
          calls.evaluate("random('" + expression.replace("'", "\\'") + "')").stringValue();
      assertThat(regex.matches(generated)).as("%s for %s", generated, expression).isTrue();
    }
  }

  @Test
  void isRandom() {
    var calls = Calls.with(List.of(new RandomFunction(new Random(7))));
    assertThat(calls.evaluate("random('[a-z]{16}')"))
        .isNotEqualTo(calls.evaluate("random('[a-z]{16}')"));
  }

  @Test
  void boundsUnboundedRepeats() {
    var calls = Calls.with(List.of(new RandomFunction(new Random(1))));
    for (int i = 0; i < 100; i++) {
      assertThat(calls.evaluate("random('a*')").stringValue())
          .matches(Pattern.compile("a{0," + RegexGenerator.UNBOUNDED_EXTRA + "}"));
    }
  }

  @Test
  void rejectsEmptyAndInvalidPatterns() {
    assertThat(Calls.error("random('')")).isEqualTo("no pattern provided");
    assertThat(Calls.error("random('[a-')"))
        .isEqualTo("error parsing regexp: missing closing ]: `[a-`");
  }

  @Test
  void defaultSourceWorks() {
    try {
      assertThat(Calls.eval("random('[a-z]{4}')").stringValue()).matches("[a-z]{4}");
    } catch (JmesPathException unexpected) {
      throw new AssertionError(unexpected);
    }
  }
}
