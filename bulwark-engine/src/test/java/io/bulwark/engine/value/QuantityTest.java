package io.bulwark.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("0", "0"),
        Arguments.of("1", "1"),
        Arguments.of("+1", "1"),
        Arguments.of("-1", "-1"),
        Arguments.of("100m", "0.1"),
        Arguments.of("1.5", "1.5"),
        Arguments.of(".5", "0.5"),
        Arguments.of("5.", "5"),
        Arguments.of("007", "7"),
        Arguments.of("1e3", "1000"),
        Arguments.of("1E3", "1000"),
        Arguments.of("1e+2", "100"),
        Arguments.of("1e-3", "0.001"),
        Arguments.of("2k", "2000"),
        Arguments.of("1M", "1000000"),
        Arguments.of("1E", "1000000000000000000"),
        Arguments.of("1n", "0.000000001"),
        Arguments.of("250u", "0.00025"),
        Arguments.of("1Ki", "1024"),
        Arguments.of("1Gi", "1073741824"),
        Arguments.of("-1.5Gi", "-1610612736"),
        Arguments.of("1.5Ki", "1536"),
        Arguments.of("1Ei", "1152921504606846976"),
        // Kubernetes rounds below one nanounit away from zero.
        Arguments.of("0.1n", "0.000000001"),
        Arguments.of("-0.1n", "-0.000000001"),
        Arguments.of("1.5e-20", "0.000000001"),
        Arguments.of("1.0000000001", "1.000000001"),
        // The int64 fast path keeps large decimal exponents exact...
        Arguments.of("100E", "100000000000000000000"),
        // ...while the arbitrary-precision path caps at 2^63-1.
        Arguments.of("100000000000000000000", "9223372036854775807"),
        Arguments.of("8Ei", "9223372036854775807"),
        Arguments.of("-100000000000000000000", "-9223372036854775807"),
        // Inputs Kubernetes reads as zero.
        Arguments.of("Mi", "0"),
        Arguments.of("m", "0"),
        Arguments.of("e3", "0"),
        Arguments.of("-", "0"),
        Arguments.of(".", "0"),
        Arguments.of("-000", "0"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("valid")
  void parsesLikeKubernetes(String text, String value) {
    assertThat(Quantity.parse(text).orElseThrow().value())
        .isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest(name = "\"{0}\" is not a quantity")
  @ValueSource(
      strings = {
        "", "abc", "1.1.1", "1K", "1e", "1mi", "1 Gi", " 1", "1ee3", "1Ki1", "1e3.5", "10m5", "1-2",
        "nginx", "1h"
      })
  void rejectsWhatKubernetesRejects(String text) {
    assertThat(Quantity.parse(text)).isEmpty();
  }

  static Stream<Arguments> scales() {
    return Stream.of(
        Arguments.of("0", 0),
        Arguments.of("12", 0),
        Arguments.of("1.50", 2),
        Arguments.of("12k", -3),
        Arguments.of("12Ki", 0),
        Arguments.of("250m", 3),
        // The arbitrary-precision path always ends at nine fractional digits...
        Arguments.of("1.5Ki", 9),
        Arguments.of("1e-12", 9),
        Arguments.of("100000000000000000000", 0),
        // ...except where the value was capped.
        Arguments.of("8Ei", 0));
  }

  @ParameterizedTest(name = "{0} has scale {1}")
  @MethodSource("scales")
  void keepsKubernetesDecimalScale(String text, int scale) {
    assertThat(Quantity.parse(text).orElseThrow().value().scale()).isEqualTo(scale);
  }

  static Stream<Arguments> ordered() {
    return Stream.of(
        Arguments.of("1Gi", "1000Mi", 1),
        Arguments.of("1Gi", "1G", 1),
        Arguments.of("500m", "1", -1),
        Arguments.of("1k", "1000", 0),
        Arguments.of("1Ki", "1024", 0),
        Arguments.of("1.024k", "1Ki", 0),
        Arguments.of("-1", "0", -1),
        Arguments.of("2Gi", "2048Mi", 0));
  }

  @ParameterizedTest(name = "{0} vs {1} = {2}")
  @MethodSource("ordered")
  void comparesExactly(String left, String right, int expected) {
    Quantity a = Quantity.parse(left).orElseThrow();
    Quantity b = Quantity.parse(right).orElseThrow();
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(expected);
    assertThat(a.equals(b)).isEqualTo(expected == 0);
    if (expected == 0) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }
}
