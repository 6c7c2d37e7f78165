package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * regex_match, regex_replace_all, regex_replace_all_literal and pattern_match: Kyverno's cases,
 * Go's RE2 syntax and replacement rules where Java's differ, and RE2's error texts.
 */
class RegexFunctionsTest {

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of("regex_match('12.*', 'hgf\\'b1a2r\\'b12g')", "true"),
        Arguments.of("regex_match('12.*', `12`)", "true"),
        Arguments.of("regex_match('^12$', `12.0`)", "true"),
        Arguments.of("regex_match('^1.1$', `1.1`)", "true"),
        // Numbers are printed as float32, as Kyverno does.
        Arguments.of("regex_match('^123456790$', `123456789`)", "true"),
        Arguments.of("regex_match('^abc$', 'abc\n')", "false"),
        Arguments.of("regex_match('(?m)^abc$', 'abc\nx')", "true"),
        Arguments.of("regex_match('^a.c$', 'a\rc')", "true"),
        Arguments.of("regex_match('^\\s$', '\u000b')", "false"),
        Arguments.of("regex_match('[[:alpha:]]+[[:digit:]]', 'abc1')", "true"),
        Arguments.of("regex_match('[a&&b]', '&')", "true"),
        Arguments.of("regex_match('a{,2}', 'a{,2}')", "true"),
        Arguments.of("regex_match('(?P<year>\\d{4})', '2024')", "true"),
        Arguments.of("regex_match('(?i)HELLO', 'hello')", "true"),
        Arguments.of("regex_match('\\pL+', '\u00e9t\u00e9')", "true"),
        Arguments.of("regex_match('\\p{Greek}', '\u03b1')", "true"),
        Arguments.of(
            "regex_replace_all('([Hh]e|G)l', 'Hello world, helworldlo', '${2}G')",
            "'Glo world, Gworldlo'"),
        Arguments.of(
            "regex_replace_all_literal('[Hh]el?', 'Hello world, helworldlo', 'G')",
            "'Glo world, Gworldlo'"),
        Arguments.of("regex_replace_all('a(x*)b', '-ab-axxb-', '${1}W')", "'-W-xxW-'"),
        // $1W names the group "1W", which does not exist.
        Arguments.of("regex_replace_all('a(x*)b', '-ab-axxb-', '$1W')", "'---'"),
        Arguments.of("regex_replace_all('a(x*)b', '-ab-axxb-', '$$1')", "'-$1-$1-'"),
        Arguments.of("regex_replace_all('a(?P<xs>x*)b', 'axxb', '<$xs>')", "'<xx>'"),
        Arguments.of("regex_replace_all('(?P<first_name>\\w+)', 'bob', '${first_name}!')",
            "'bob!'"),
        Arguments.of("regex_replace_all('a', 'aaa', '$')", "'$$$'"),
        Arguments.of("regex_replace_all_literal('a(x*)b', '-axb-', '$1')", "'-$1-'"),
        // Go does not replace an empty match right after a match.
        Arguments.of("regex_replace_all('a*', 'baaac', 'X')", "'XbXcX'"),
        Arguments.of("regex_replace_all('', 'abc', '-')", "'-a-b-c-'"),
        Arguments.of("regex_replace_all('^', 'abc', '>')", "'>abc'"),
        Arguments.of("regex_replace_all('[0-9]', `1234`, 'x')", "'xxxx'"),
        Arguments.of("regex_replace_all('(\\d)', 'v1', `7`)", "'v7'"),
        Arguments.of("regex_replace_all('\\.', 'a.b.c', '/')", "'a/b/c'"),
        Arguments.of("pattern_match('prefix-*', 'prefix-foo')", "true"),
        Arguments.of("pattern_match('12*', `12`)", "true"),
        Arguments.of("pattern_match('?', 'ab')", "false"),
        Arguments.of("pattern_match('a*/c', 'a/b/c')", "true"),
        Arguments.of("pattern_match('', '')", "true"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("results")
  void computesWhatKyvernoComputes(String expression, String expected) {
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  static Stream<Arguments> errors() {
    String replace = "JMESPath function 'regex_replace_all': ";
    return Stream.of(
        Arguments.of("regex_match('(a', 'a')", "error parsing regexp: missing closing ): `(a`"),
        Arguments.of("regex_match('a)', 'a')", "error parsing regexp: unexpected ): `a)`"),
        Arguments.of("regex_match('[a', 'a')", "error parsing regexp: missing closing ]: `[a`"),
        Arguments.of("regex_match('*a', 'a')",
            "error parsing regexp: missing argument to repetition operator: `*`"),
        Arguments.of("regex_match('a**', 'a')",
            "error parsing regexp: invalid nested repetition operator: `**`"),
        Arguments.of("regex_match('a++', 'a')",
            "error parsing regexp: invalid nested repetition operator: `++`"),
        Arguments.of("regex_match('(?=a)', 'a')",
            "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"),
        Arguments.of("regex_match('(a)\\1', 'aa')",
            "error parsing regexp: invalid escape sequence: `\\1`"),
        Arguments.of("regex_match('[z-a]', 'a')",
            "error parsing regexp: invalid character class range: `z-a`"),
        Arguments.of("regex_match('a{1001}', 'a')",
            "error parsing regexp: invalid repeat count: `{1001}`"),
        Arguments.of("regex_match(`\"a\\\\\"`, 'a')",
            "error parsing regexp: trailing backslash at end of expression: ``"),
        Arguments.of("regex_replace_all('(', 'a', 'b')",
            replace + "error parsing regexp: missing closing ): `(`"),
        Arguments.of("regex_replace_all_literal('(', 'a', 'b')",
            "JMESPath function 'regex_replace_all_literal': error parsing regexp: missing closing"
                + " ): `(`"),
        Arguments.of("regex_match(`1`, 'a')",
            "JMESPath function 'regex_match': argument #1 is not of type string"),
        Arguments.of("regex_replace_all('a', `null`, 'b')",
            "JMESPath function 'regex_replace_all': argument #2 is not of type String or Real"),
        Arguments.of("pattern_match(`1`, 'a')",
            "JMESPath function 'regex_match': argument #1 is not of type string"));
  }

  @ParameterizedTest(name = "{0} fails")
  @MethodSource("errors")
  void failsWithGoMessage(String expression, String message) {
    assertThat(Calls.error(expression)).isEqualTo(message);
  }
}
