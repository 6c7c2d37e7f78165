package io.bulwark.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** blang/semver v4's {@code Parse} and {@code Compare}. */
class SemverTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0",
        "1.2.3",
        "1.20.3",
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-0.3.7",
        "1.0.0-x-y-z.--",
        "1.0.0+build",
        "1.0.0-rc.1+build.1.2-x",
        "18446744073709551615.0.0"
      })
  void acceptsStrictVersions(String text) {
    assertThat(Semver.tryParse(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "1.19",
        "v1.2.3",
        "01.2.3",
        "1.02.3",
        "1.2.03",
        "1.2.3-",
        "1.2.3-01",
        "1.2.3-a..b",
        "1.2.3+",
        "1.2.3+a+b",
        "1.2.3-a_b",
        " 1.2.3",
        "1.2.x",
        "18446744073709551616.0.0",
        "1..3"
      })
  void rejectsWhatBlangRejects(String text) {
    assertThat(Semver.tryParse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource({
    "1.2.3, 1.2.2, 1",
    "1.10.0, 1.9.0, 1",
    "2.0.0, 10.0.0, -1",
    "1.0.0-alpha, 1.0.0, -1",
    "1.0.0, 1.0.0-alpha, 1",
    "1.0.0-alpha, 1.0.0-alpha.1, -1",
    "1.0.0-alpha.1, 1.0.0-alpha.beta, -1",
    "1.0.0-alpha.beta, 1.0.0-beta, -1",
    "1.0.0-beta.2, 1.0.0-beta.11, -1",
    "1.0.0-rc.1, 1.0.0-beta.11, 1",
    "1.0.0+build.1, 1.0.0+build.2, 0",
    "1.0.0-Z, 1.0.0-a, -1",
    "18446744073709551615.0.0, 1.0.0, 1"
  })
  void ordersAsBlangDoes(String a, String b, int expected) {
    assertThat(Semver.tryParse(a).orElseThrow().compareTo(Semver.tryParse(b).orElseThrow()))
        .isEqualTo(expected);
  }
}
