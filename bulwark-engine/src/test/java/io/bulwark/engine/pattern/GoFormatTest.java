package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoFormatTest {

  static Stream<Arguments> exponentForms() {
    return Stream.of(
        Arguments.of(1.5, "1.5E+00"),
        Arguments.of(100.0, "1E+02"),
        Arguments.of(0.1, "1E-01"),
        Arguments.of(1234.5, "1.2345E+03"),
        Arguments.of(-2.5e-7, "-2.5E-07"),
        Arguments.of(1e21, "1E+21"),
        Arguments.of(1.7976931348623157e308, "1.7976931348623157E+308"),
        Arguments.of(0.0, "0E+00"),
        Arguments.of(-0.0, "-0E+00"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("exponentForms")
  void formatsLikeStrconvE(double value, String expected) {
    assertThat(GoFormat.exponentForm(value)).isEqualTo(expected);
  }

  static Stream<Arguments> fixedForms() {
    return Stream.of(
        Arguments.of(1.5, "1.500000"),
        Arguments.of(0.1, "0.100000"),
        Arguments.of(2.0000005, "2.000001"),
        Arguments.of(1e20, "100000000000000000000.000000"),
        Arguments.of(-1.25, "-1.250000"),
        Arguments.of(-1e-9, "-0.000000"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("fixedForms")
  void formatsLikePercentF(double value, String expected) {
    assertThat(GoFormat.sixDecimals(value)).isEqualTo(expected);
  }

  static Stream<Arguments> printedValues() {
    return Stream.of(
        Arguments.of("'a b'", "a b"),
        Arguments.of("42", "42"),
        Arguments.of("1.5", "1.5"),
        Arguments.of("100000.0", "100000"),
        Arguments.of("1000000.0", "1e+06"),
        Arguments.of("0.0001", "0.0001"),
        Arguments.of("0.00001", "1e-05"),
        Arguments.of("true", "true"),
        Arguments.of("null", "<nil>"),
        Arguments.of("['a', 1, null]", "[a 1 <nil>]"),
        Arguments.of("{'b': 1, 'a': ['x']}", "map[a:[x] b:1]"));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @MethodSource("printedValues")
  void printsLikePercentV(String json, String expected) {
    assertThat(GoFormat.value(Json.tree(json))).isEqualTo(expected);
  }
}
