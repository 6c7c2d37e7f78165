package io.bulwark.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  private static final long NS = 1;
  private static final long US = 1_000 * NS;
  private static final long MS = 1_000 * US;
  private static final long S = 1_000 * MS;
  private static final long M = 60 * S;
  private static final long H = 60 * M;

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("0", 0L),
        Arguments.of("+0", 0L),
        Arguments.of("-0", 0L),
        Arguments.of("0s", 0L),
        Arguments.of("5ns", 5 * NS),
        Arguments.of("2us", 2 * US),
        Arguments.of("2\u00b5s", 2 * US),
        Arguments.of("2\u03bcs", 2 * US),
        Arguments.of("300ms", 300 * MS),
        Arguments.of("1.5s", 1_500 * MS),
        Arguments.of(".5s", 500 * MS),
        Arguments.of("1.s", S),
        Arguments.of("10m", 10 * M),
        Arguments.of("1h30m", 90 * M),
        Arguments.of("1h1m1s1ms1us1ns", H + M + S + MS + US + NS),
        Arguments.of("0.1h", 6 * M),
        Arguments.of("-1h", -H),
        Arguments.of("+5m", 5 * M),
        Arguments.of("-1.5h", -90 * M),
        Arguments.of("1.0000000001s", S),
        Arguments.of("2562047h47m16.854775807s", Long.MAX_VALUE),
        Arguments.of("9223372036854775807ns", Long.MAX_VALUE),
        Arguments.of("-9223372036854775808ns", Long.MIN_VALUE));
  }

  @ParameterizedTest(name = "{0} = {1}ns")
  @MethodSource("valid")
  void parsesLikeGo(String text, long nanos) {
    assertThat(GoDuration.parse(text)).contains(new GoDuration(nanos));
  }

  @ParameterizedTest(name = "\"{0}\" is not a duration")
  @ValueSource(
      strings = {
        "",
        "10",
        "1.5",
        "1e3",
        "s",
        ".s",
        "-",
        "+",
        "1hm",
        "1 h",
        " 1h",
        "1h ",
        "abc",
        "1d",
        "1H",
        "9223372036854775808ns",
        "2562047h47m16.854775808s",
        "99999999999999999999h"
      })
  void rejectsWhatGoRejects(String text) {
    assertThat(GoDuration.parse(text)).isEmpty();
  }

  @Test
  void comparesByLength() {
    assertThat(GoDuration.parse("10m").orElseThrow())
        .isLessThan(GoDuration.parse("1h").orElseThrow())
        .isEqualByComparingTo(GoDuration.parse("600s").orElseThrow());
  }
}
