package io.bulwark.engine.mutate.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text kyaml holds for a scalar that came from JSON, as Go's encoder wrote it. */
class ScalarTextTest {

  static Stream<Arguments> scalars() {
    return Stream.of(
        Arguments.of("'abc'", "abc"),
        Arguments.of("''", ""),
        Arguments.of("80", "80"),
        Arguments.of("-3", "-3"),
        Arguments.of("12345678901234567890", "12345678901234567890"),
        Arguments.of("1.5", "1.5"),
        Arguments.of("100.0", "100"),
        Arguments.of("0.000001", "0.000001"),
        Arguments.of("0.0000001", "1e-7"),
        Arguments.of("1.5e21", "1.5e+21"),
        Arguments.of("123456789.125", "123456789.125"),
        Arguments.of("true", "true"),
        Arguments.of("null", "null"),
        Arguments.of("{'a': 1}", ""),
        Arguments.of("[1]", ""));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("scalars")
  void writesScalarsAsGoEncodesThem(String json, String text) {
    assertThat(ScalarText.of(StrategicMergePatchTest.tree("{'v': " + json + "}").get("v"))).isEqualTo(text);
  }
}
