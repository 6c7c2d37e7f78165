package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuePatternTest {

  static Stream<Arguments> stringPatterns() {
    return Stream.of(
        // equality with wildcards
        Arguments.of("'nginx'", "'nginx'", true),
        Arguments.of("'nginx'", "'ngin?'", true),
        Arguments.of("'nginx'", "'*'", true),
        Arguments.of("''", "'*'", true),
        Arguments.of("''", "'?*'", false),
        Arguments.of("'abc'", "'?*'", true),
        Arguments.of("'Nginx'", "'nginx'", false),
        // negation
        Arguments.of("'nginx:latest'", "'!*:latest'", false),
        Arguments.of("'nginx:1.25'", "'!*:latest'", true),
        Arguments.of("'b'", "'!a'", true),
        // alternatives and conjunctions, blanks around them ignored
        Arguments.of("'a'", "'a|b'", true),
        Arguments.of("'b'", "'a | b'", true),
        Arguments.of("'c'", "'a|b'", false),
        Arguments.of("'a|b'", "'a|b'", true),
        Arguments.of("''", "'a|'", true),
        Arguments.of("5", "'>3&<10'", true),
        Arguments.of("11", "'>3 & <10'", false),
        Arguments.of("'istio-proxy'", "'!istio-*&!linkerd-*'", false),
        Arguments.of("'app'", "'!istio-*&!linkerd-*'", true),
        // ordering operators
        Arguments.of("5", "'>=5'", true),
        Arguments.of("5", "'>5'", false),
        Arguments.of("5", "'<=5'", true),
        Arguments.of("5", "'<5'", false),
        Arguments.of("4", "'<5'", true),
        Arguments.of("5", "' >= 5 '", true),
        Arguments.of("'8'", "'<4|8'", true),
        // ranges
        Arguments.of("5", "'1-10'", true),
        Arguments.of("1", "'1-10'", true),
        Arguments.of("10", "'1-10'", true),
        Arguments.of("11", "'1-10'", false),
        Arguments.of("0", "'1-10'", false),
        Arguments.of("0", "'1!-10'", true),
        Arguments.of("11", "'1!-10'", true),
        Arguments.of("5", "'1!-10'", false),
        Arguments.of("-3", "'-5-0'", true),
        Arguments.of("1.5", "'1.2-1.8'", true),
        Arguments.of("'500m'", "'100m-1'", true),
        Arguments.of("'2'", "'100m-1'", false),
        Arguments.of("'90m'", "'1h-2h'", true),
        Arguments.of("'3h'", "'1h!-2h'", true),
        // quantities
        Arguments.of("'1Gi'", "'>1000Mi'", true),
        Arguments.of("'1Gi'", "'<1000Mi'", false),
        Arguments.of("'512Mi'", "'<=1Gi'", true),
        Arguments.of("'2Gi'", "'2048Mi'", true),
        Arguments.of("8", "'8'", true),
        Arguments.of("'1e100'", "'>1'", true),
        // durations are tried before quantities: 500m is 500 minutes here, not 0.5
        Arguments.of("'10m'", "'<1h'", true),
        Arguments.of("'10m'", "'>1s'", true),
        Arguments.of("'10m'", "'<20s'", false),
        Arguments.of("'500m'", "'<1h'", false),
        Arguments.of("'500m'", "'<1'", true),
        Arguments.of("'90m'", "'1h30m'", true),
        Arguments.of("0", "'0s'", true),
        // strings only support equality and negation
        Arguments.of("'abc'", "'>abc'", false),
        Arguments.of("'abd'", "'<abc'", false),
        Arguments.of("'>'", "'>'", true),
        Arguments.of("'!'", "'!'", true),
        // non-string values are printed the way Go prints them
        Arguments.of("1.5", "'1.5'", true),
        Arguments.of("1.5", "'1.5E*'", true),
        Arguments.of("100.0", "'1E*'", true),
        Arguments.of("1.5", "'1.50*'", false),
        Arguments.of("true", "'true'", true),
        Arguments.of("true", "'t*'", true),
        Arguments.of("false", "'!true'", true),
        Arguments.of("{'a': 1}", "'*'", false),
        Arguments.of("[1]", "'*'", false),
        // null reads as "0" for durations and quantities, and matches no text
        Arguments.of("null", "'<10m'", true),
        Arguments.of("null", "'0'", true),
        Arguments.of("null", "'!0'", false),
        Arguments.of("null", "'*'", false),
        Arguments.of("null", "'!foo'", false));
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @MethodSource("stringPatterns")
  void matchesStringPatterns(String value, String pattern, boolean expected) {
    assertThat(ValuePattern.matches(Json.tree(value), Json.tree(pattern))).isEqualTo(expected);
  }

  static Stream<Arguments> typedPatterns() {
    return Stream.of(
        // integer pattern
        Arguments.of("80", "80", true),
        Arguments.of("81", "80", false),
        Arguments.of("80.0", "80", true),
        Arguments.of("80.5", "80", false),
        Arguments.of("'80'", "80", true),
        Arguments.of("'+80'", "80", true),
        Arguments.of("'80.0'", "80", false),
        Arguments.of("'eighty'", "80", false),
        Arguments.of("true", "80", false),
        Arguments.of("null", "80", false),
        // float pattern
        Arguments.of("80", "80.0", true),
        Arguments.of("80", "80.5", false),
        Arguments.of("80.5", "80.5", true),
        Arguments.of("'80.5'", "80.5", true),
        Arguments.of("'80'", "80.0", true),
        Arguments.of("'8.05e1'", "80.5", true),
        Arguments.of("'0x1p3'", "8.0", true),
        Arguments.of("'1e400'", "1.0", false),
        Arguments.of("[80.5]", "80.5", false),
        // boolean pattern
        Arguments.of("true", "true", true),
        Arguments.of("false", "true", false),
        Arguments.of("'true'", "true", false),
        Arguments.of("1", "true", false),
        // null pattern accepts the zero values
        Arguments.of("null", "null", true),
        Arguments.of("''", "null", true),
        Arguments.of("0", "null", true),
        Arguments.of("0.0", "null", true),
        Arguments.of("false", "null", true),
        Arguments.of("'a'", "null", false),
        Arguments.of("1", "null", false),
        Arguments.of("true", "null", false),
        Arguments.of("{}", "null", false),
        Arguments.of("[]", "null", false),
        // object pattern accepts any object; array pattern nothing
        Arguments.of("{'a': 1}", "{'b': 2}", true),
        Arguments.of("'x'", "{}", false),
        Arguments.of("'a'", "['a']", false));
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @MethodSource("typedPatterns")
  void matchesTypedPatterns(String value, String pattern, boolean expected) {
    assertThat(ValuePattern.matches(Json.tree(value), Json.tree(pattern))).isEqualTo(expected);
  }
}
