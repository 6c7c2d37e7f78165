package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** base64_decode, base64_encode, sha256, sha1 and md5. */
class EncodingFunctionsTest {

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of("base64_decode('SGVsbG8sIHdvcmxkIQ==')", "'Hello, world!'"),
        Arguments.of("base64_decode('Rm9vQmFy')", "'FooBar'"),
        Arguments.of("base64_decode('')", "''"),
        // Go skips line breaks anywhere in the input.
        Arguments.of("base64_decode('Rm9v\nQmFy\r\n')", "'FooBar'"),
        Arguments.of("base64_decode('w6k=')", "'\u00e9'"),
        Arguments.of("base64_encode('Hello, world!')", "'SGVsbG8sIHdvcmxkIQ=='"),
        Arguments.of("base64_encode('')", "''"),
        Arguments.of("base64_encode('\u00e9')", "'w6k='"),
        Arguments.of("base64_decode(base64_encode('round trip'))", "'round trip'"),
        Arguments.of("sha256('')",
            "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"),
        Arguments.of("sha256('abc')",
            "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'"),
        Arguments.of("sha1('abc')", "'a9993e364706816aba3e25717850c26c9cd0d89d'"),
        Arguments.of("md5('abc')", "'900150983cd24fb0d6963f7d28e17f72'"),
        // Digests are of the UTF-8 bytes.
        Arguments.of("md5('\u00e9')", "'66ddcd97cfdeabb2f6fb8a999b4bc76f'"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("results")
  void computesWhatKyvernoComputes(String expression, String expected) {
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("base64_decode('Rm9vQmF')", "illegal base64 data at input byte 4"),
        Arguments.of("base64_decode('Rm9vQmFy=')", "illegal base64 data at input byte 8"),
        Arguments.of("base64_decode('Rm9v!mFy')", "illegal base64 data at input byte 4"),
        Arguments.of("base64_decode('Rg')", "illegal base64 data at input byte 0"),
        Arguments.of("base64_decode('Rg=')", "illegal base64 data at input byte 3"),
        Arguments.of("base64_decode('Rg==x')", "illegal base64 data at input byte 4"),
        Arguments.of("base64_decode('=')", "illegal base64 data at input byte 0"),
        Arguments.of("base64_decode(`1`)", "JMESPath function '': argument #1 is not of type string"),
        Arguments.of("base64_encode(`1`)", "JMESPath function '': argument #1 is not of type string"),
        Arguments.of("sha256(`1`)", "JMESPath function 'sha256': argument #1 is not of type string"));
  }

  @ParameterizedTest(name = "{0} fails")
  @MethodSource("errors")
  void failsWithGoMessage(String expression, String message) {
    assertThat(Calls.error(expression)).isEqualTo(message);
  }
}
