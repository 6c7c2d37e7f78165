package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** compare, equal_fold, replace, replace_all, to_upper, to_lower, trim, trim_prefix, split,
 * to_boolean, truncate, path_canonicalize: Kyverno's table cases and Go's edge cases. */
class StringFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("compare('a', 'a')", "0"),
        Arguments.of("compare('a', 'b')", "-1"),
        Arguments.of("compare('b', 'a')", "1"),
        Arguments.of("compare('a', 'ab')", "-1"),
        // Go compares UTF-8 bytes, which is code point order, not UTF-16 order.
        Arguments.of("compare('\uffff', '\ud83d\ude00')", "-1"),
        Arguments.of("equal_fold('Go', 'go')", "true"),
        Arguments.of("equal_fold('a', 'b')", "false"),
        Arguments.of("equal_fold('1', 'b')", "false"),
        Arguments.of("equal_fold('\u212a', 'k')", "true"),
        Arguments.of("replace('Lorem ipsum dolor sit amet', 'ipsum', 'muspi', `-1`)",
            "'Lorem muspi dolor sit amet'"),
        Arguments.of("replace('Lorem ipsum ipsum ipsum dolor sit amet', 'ipsum', 'muspi', `-1`)",
            "'Lorem muspi muspi muspi dolor sit amet'"),
        Arguments.of("replace('Lorem ipsum ipsum ipsum dolor sit amet', 'ipsum', 'muspi', `1`)",
            "'Lorem muspi ipsum ipsum dolor sit amet'"),
        Arguments.of("replace('aaa', 'a', 'b', `1.9`)", "'baa'"),
        Arguments.of("replace('abc', '', '-', `-1`)", "'-a-b-c-'"),
        Arguments.of("replace('abc', '', '-', `2`)", "'-a-bc'"),
        Arguments.of("replace('abc', 'b', 'x', `0`)", "'abc'"),
        Arguments.of("replace_all('Lorem ipsum dolor sit amet', 'ipsum', 'muspi')",
            "'Lorem muspi dolor sit amet'"),
        Arguments.of("replace_all('Lorem ipsum ipsum ipsum dolor sit amet', 'ipsum', 'muspi')",
            "'Lorem muspi muspi muspi dolor sit amet'"),
        Arguments.of("to_upper('abc')", "'ABC'"),
        Arguments.of("to_upper('123')", "'123'"),
        Arguments.of("to_upper('a#%&123Bc')", "'A#%&123BC'"),
        // Go maps each character on its own: ß has no single upper-case character.
        Arguments.of("to_upper('straße')", "'STRAßE'"),
        Arguments.of("to_lower('ABC')", "'abc'"),
        Arguments.of("to_lower('123')", "'123'"),
        Arguments.of("to_lower('a#%&123Bc')", "'a#%&123bc'"),
        Arguments.of("trim('¡¡¡Hello, Gophers!!!', '!¡')", "'Hello, Gophers'"),
        Arguments.of("trim('  x  ', '')", "'  x  '"),
        Arguments.of("trim('xxx', 'x')", "''"),
        Arguments.of("trim_prefix('¡¡¡Hello, Gophers!!!', '¡¡¡Hello, ')", "'Gophers!!!'"),
        Arguments.of("trim_prefix('¡¡¡Hello, Gophers!!!', '¡¡¡Hola, ')", "'¡¡¡Hello, Gophers!!!'"),
        Arguments.of("split('Hello, Gophers', ', ')", "['Hello', 'Gophers']"),
        Arguments.of("split('a,b,,c,', ',')", "['a', 'b', '', 'c', '']"),
        Arguments.of("split('', ',')", "['']"),
        Arguments.of("split('abc', '')", "['a', 'b', 'c']"),
        Arguments.of("split('', '')", "[]"),
        Arguments.of("to_boolean('true')", "true"),
        Arguments.of("to_boolean('TRue')", "true"),
        Arguments.of("to_boolean('FaLse')", "false"),
        Arguments.of("to_boolean('false')", "false"),
        Arguments.of("truncate('Lorem ipsum dolor sit amet', `5`)", "'Lorem'"),
        Arguments.of("truncate('Lorem ipsum ipsum ipsum dolor sit amet', `11`)", "'Lorem ipsum'"),
        Arguments.of("truncate('Lorem ipsum ipsum ipsum dolor sit amet', `40`)",
            "'Lorem ipsum ipsum ipsum dolor sit amet'"),
        Arguments.of("truncate('Lorem ipsum', `2.6`)", "'Lo'"),
        Arguments.of("truncate('Lorem ipsum', `0`)", "''"),
        Arguments.of("truncate('Lorem ipsum', `-1`)", "''"),
        Arguments.of("truncate('\ud83d\ude00\ud83d\ude01x', `2`)", "'\ud83d\ude00\ud83d\ude01'"),
        Arguments.of("path_canonicalize('///')", "'/'"),
        Arguments.of("path_canonicalize('///var/run/containerd/containerd.sock')",
            "'/var/run/containerd/containerd.sock'"),
        Arguments.of("path_canonicalize('/var/run///containerd/containerd.sock')",
            "'/var/run/containerd/containerd.sock'"),
        Arguments.of("path_canonicalize('/var/run///containerd////')", "'/var/run/containerd'"),
        Arguments.of("path_canonicalize('/run///')", "'/run'"),
        Arguments.of("path_canonicalize('/run/../etc')", "'/etc'"),
        Arguments.of("path_canonicalize('///etc*')", "'/etc*'"),
        Arguments.of("path_canonicalize('/../../')", "'/'"),
        Arguments.of("path_canonicalize('')", "''"),
        Arguments.of("path_canonicalize('.')", "'.'"),
        Arguments.of("path_canonicalize('a/../..//b/./c/')", "'../b/c'"),
        Arguments.of("path_canonicalize('../../a')", "'../../a'"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("cases")
  void computesWhatKyvernoComputes(String expression, String expected) {
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("to_boolean('FaLsee')",
            "JMESPath function 'to_boolean': lowercase argument must be 'true' or 'false'"
                + " (provided: 'FaLsee')"),
        Arguments.of("to_boolean('foo')",
            "JMESPath function 'to_boolean': lowercase argument must be 'true' or 'false'"
                + " (provided: 'foo')"),
        Arguments.of("to_boolean(`1`)",
            "JMESPath function 'to_boolean': argument #1 is not of type string"),
        Arguments.of("compare(`1`, 'b')",
            "JMESPath function 'compare': argument #1 is not of type string"),
        Arguments.of("replace('a', 'b', 'c', `true`)",
            "JMESPath function 'replace': argument #4 is not of type float64"));
  }

  @ParameterizedTest(name = "{0} fails")
  @MethodSource("errors")
  void failsWithKyvernoMessage(String expression, String message) {
    assertThat(Calls.error(expression)).isEqualTo(message);
  }
}
