package io.bulwark.engine.jmespath.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's text forms that results are printed in: durations, quantities and floats. */
class GoValuesTest {

  static Stream<Arguments> durations() {
    return Stream.of(
        Arguments.of(0L, "0s"),
        Arguments.of(1L, "1ns"),
        Arguments.of(1_500L, "1.5\u00b5s"),
        Arguments.of(1_500_000L, "1.5ms"),
        Arguments.of(999_999_999L, "999.999999ms"),
        Arguments.of(1_000_000_000L, "1s"),
        Arguments.of(1_500_000_000L, "1.5s"),
        Arguments.of(60_000_000_000L, "1m0s"),
        Arguments.of(5_400_000_000_000L, "1h30m0s"),
        Arguments.of(-90_000_000_000L, "-1m30s"),
        Arguments.of(Long.MAX_VALUE, "2562047h47m16.854775807s"),
        Arguments.of(Long.MIN_VALUE, "-2562047h47m16.854775808s"));
  }

  @ParameterizedTest(name = "{0}ns = {1}")
  @MethodSource("durations")
  void printsDurationsLikeGo(long nanos, String text) {
    assertThat(GoDurations.format(nanos)).isEqualTo(text);
  }

  static Stream<Arguments> quantities() {
    return Stream.of(
        Arguments.of("1Gi", "1Gi"),
        Arguments.of("1024Mi", "1Gi"),
        Arguments.of("1536Mi", "1536Mi"),
        Arguments.of("1000", "1k"),
        Arguments.of("1500", "1500"),
        Arguments.of("0.5", "500m"),
        Arguments.of("1.5Gi", "1536Mi"),
        Arguments.of("100m", "100m"),
        Arguments.of("1e3", "1e3"),
        Arguments.of("1.5e3", "1500"),
        Arguments.of("10e-1", "1"),
        Arguments.of("0", "0"),
        Arguments.of("0Mi", "0"),
        Arguments.of("-1Ki", "-1Ki"),
        Arguments.of("512Ki", "512Ki"),
        Arguments.of("1023", "1023"),
        Arguments.of("0.0001Ki", "102400u"),
        Arguments.of("12k", "12k"));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @MethodSource("quantities")
  void printsQuantitiesLikeKubernetes(String text, String canonical) {
    assertThat(KubeQuantity.parse(text).orElseThrow().canonical()).isEqualTo(canonical);
  }

  static Stream<Arguments> floats() {
    return Stream.of(
        Arguments.of(12.0, "12", "12"),
        Arguments.of(1.5, "1.5", "1.5"),
        Arguments.of(0.1, "0.1", "0.1"),
        Arguments.of(123456789.0, "123456790", "1.23456789e+08"),
        Arguments.of(1e21, "1000000000000000000000", "1e+21"),
        Arguments.of(123456.0, "123456", "123456"),
        Arguments.of(0.00001, "0.00001", "1e-05"),
        Arguments.of(-2.5, "-2.5", "-2.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("floats")
  void printsFloatsLikeGo(double value, String float32, String formatV) {
    assertThat(GoFloats.formatFloat32(value)).isEqualTo(float32);
    assertThat(GoFloats.formatG(value)).isEqualTo(formatV);
  }

  static Stream<Arguments> scalars() {
    // Kyverno turns a number into a quantity through %v, so its exponent form sets the scale.
    return Stream.of(
        Arguments.of(3.0, "3", 0), Arguments.of(2.5, "2.5", 1), Arguments.of(1e6, "1E+6", -6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalars")
  void readsNumbersAsQuantitiesThroughGoText(double scalar, String value, int scale) {
    BigDecimal q = KubeQuantity.ofScalar(scalar).value();
    assertThat(q).isEqualByComparingTo(new BigDecimal(value));
    assertThat(q.scale()).isEqualTo(scale);
  }
}
