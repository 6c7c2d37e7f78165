package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The time_* functions on a fixed clock (2023-02-02T15:04:05Z, a Thursday): Kyverno's
 * time_test.go cases, Go layouts, and Go's parse error texts.
 */
class TimeFunctionsTest {

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of(
            "time_since('', '2021-01-02T15:04:05-07:00', '2021-01-10T03:14:05-07:00')",
            "'180h10m0s'"),
        Arguments.of(
            "time_since('Mon Jan _2 15:04:05 MST 2006', 'Mon Jan 02 15:04:05 MST 2021',"
                + " 'Mon Jan 10 03:14:16 MST 2021')",
            "'180h10m11s'"),
        Arguments.of("time_since('', '2023-02-02T15:00:00Z', '')", "'4m5s'"),
        Arguments.of("time_since('2006-01-02', '2023-02-01', '2023-02-02')", "'24h0m0s'"),
        Arguments.of("time_now()", "'2023-02-02T15:04:05Z'"),
        Arguments.of("time_now_utc()", "'2023-02-02T15:04:05Z'"),
        Arguments.of("time_to_cron('2023-02-02T15:04:05Z')", "'4 15 2 2 4'"),
        Arguments.of("time_to_cron(time_utc('2023-02-02T15:04:05-07:00'))", "'4 22 2 2 4'"),
        Arguments.of("time_to_cron('2023-02-05T00:00:00Z')", "'0 0 5 2 0'"),
        Arguments.of("time_add('2021-01-02T15:04:05-07:00', '3h')", "'2021-01-02T18:04:05-07:00'"),
        Arguments.of(
            "time_add(time_parse('Mon Jan 02 15:04:05 MST 2006', 'Sat Jan 02 15:04:05 MST 2021'),"
                + " '5h30m40s')",
            "'2021-01-02T20:34:45Z'"),
        Arguments.of("time_add('2021-01-02T15:04:05Z', '-1.5h')", "'2021-01-02T13:34:05Z'"),
        Arguments.of(
            "time_parse('2006-01-02T15:04:05Z07:00', '2021-01-02T15:04:05-07:00')",
            "'2021-01-02T15:04:05-07:00'"),
        Arguments.of(
            "time_parse('Mon Jan 02 15:04:05 MST 2006', 'Sat Jan 02 15:04:05 MST 2021')",
            "'2021-01-02T15:04:05Z'"),
        Arguments.of("time_parse('1136214245', '1136214245')", "'2006-01-02T15:04:05Z'"),
        Arguments.of("time_parse('0', '0')", "'1970-01-01T00:00:00Z'"),
        Arguments.of("time_parse('2006-01-02', '2023-07-04')", "'2023-07-04T00:00:00Z'"),
        Arguments.of("time_parse('02/01/06 3:04PM', '31/12/99 11:30PM')", "'1999-12-31T23:30:00Z'"),
        Arguments.of("time_parse('02/01/06 3:04pm', '01/01/68 12:00am')", "'2068-01-01T00:00:00Z'"),
        Arguments.of("time_parse('January 2, 2006', 'march 9, 2024')", "'2024-03-09T00:00:00Z'"),
        Arguments.of("time_parse('Jan _2 2006', 'Feb  3 2024')", "'2024-02-03T00:00:00Z'"),
        Arguments.of("time_parse('2006-01-02 15:04:05.000', '2024-02-03 04:05:06.789')",
            "'2024-02-03T04:05:06Z'"),
        Arguments.of("time_parse('2006-01-02T15:04:05', '2024-02-03T04:05:06.123456')",
            "'2024-02-03T04:05:06Z'"),
        Arguments.of("time_parse('2006-01-02T15:04:05-0700', '2024-02-03T04:05:06+0530')",
            "'2024-02-03T04:05:06+05:30'"),
        Arguments.of("time_parse('2006-01-02 15:04 MST', '2024-02-03 04:05 GMT+3')",
            "'2024-02-03T04:05:00+03:00'"),
        Arguments.of("time_parse('2006-01-02 15:04 MST', '2024-02-03 04:05 UTC')",
            "'2024-02-03T04:05:00Z'"),
        Arguments.of("time_parse('2006-002', '2024-060')", "'2024-02-29T00:00:00Z'"),
        Arguments.of("time_parse('Monday, 02-Jan-06', 'Friday, 09-Feb-24')",
            "'2024-02-09T00:00:00Z'"),
        Arguments.of("time_utc('2023-02-02T15:04:05Z')", "'2023-02-02T15:04:05Z'"),
        Arguments.of("time_utc('2023-02-02T15:04:05-07:00')", "'2023-02-02T22:04:05Z'"),
        Arguments.of("time_utc('2023-02-02T15:04:05.999+01:00')", "'2023-02-02T14:04:05Z'"),
        Arguments.of(
            "time_diff('2021-01-02T15:04:05-07:00', '2021-01-10T03:14:05-07:00')", "'180h10m0s'"),
        Arguments.of("time_diff('2021-01-02T15:04:05Z', '2021-01-02T15:04:04.5Z')", "'-500ms'"),
        Arguments.of("time_diff('0001-01-01T00:00:00Z', '9999-01-01T00:00:00Z')",
            "'2562047h47m16.854775807s'"),
        Arguments.of("time_before('2021-01-02T15:04:05-07:00', '2021-01-02T16:04:05-07:00')", "true"),
        Arguments.of("time_before('2021-01-02T15:04:05-07:00', '2021-01-02T15:04:05-07:00')", "false"),
        Arguments.of("time_before('2021-01-02T16:04:05-07:00', '2021-01-02T15:04:05-07:00')", "false"),
        Arguments.of("time_before('2021-01-02T22:04:05Z', '2021-01-02T16:04:05-07:00')", "true"),
        Arguments.of("time_after('2021-01-02T15:04:05-07:00', '2021-01-02T16:04:05-07:00')", "false"),
        Arguments.of("time_after('2021-01-02T15:04:05-07:00', '2021-01-02T15:04:05-07:00')", "false"),
        Arguments.of("time_after('2021-01-02T16:04:05-07:00', '2021-01-02T15:04:05-07:00')", "true"),
        Arguments.of(
            "time_between('2021-01-02T17:04:05-07:00', '2021-01-02T15:04:05-07:00',"
                + " '2021-01-02T18:04:05-07:00')",
            "true"),
        Arguments.of(
            "time_between('2021-01-02T15:04:05-07:00', '2021-01-02T15:04:05-07:00',"
                + " '2021-01-02T18:04:05-07:00')",
            "false"),
        Arguments.of(
            "time_between('2021-01-02T18:04:05-07:00', '2021-01-02T15:04:05-07:00',"
                + " '2021-01-02T18:04:05-07:00')",
            "false"),
        Arguments.of("time_truncate('2023-02-02T15:04:05Z', '1h')", "'2023-02-02T15:00:00Z'"),
        Arguments.of("time_truncate('2023-02-02T15:04:05Z', '24h')", "'2023-02-02T00:00:00Z'"),
        // Truncation works on the absolute time: midnight UTC, shown in the original offset.
        Arguments.of("time_truncate('2023-02-02T15:04:05-07:00', '24h')",
            "'2023-02-01T17:00:00-07:00'"),
        Arguments.of("time_truncate('2023-02-02T15:04:05Z', '0s')", "'2023-02-02T15:04:05Z'"),
        // Multiples are counted from Go's zero time, January 1 of year 1.
        Arguments.of("time_truncate('2023-02-02T15:04:05Z', '7m')", "'2023-02-02T15:02:00Z'"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("results")
  void computesWhatKyvernoComputes(String expression, String expected) {
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("time_utc('')",
            "parsing time \"\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as \"2006\""),
        Arguments.of("time_utc('2023-02-02')",
            "parsing time \"2023-02-02\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as"
                + " \"T\""),
        Arguments.of("time_utc('2023-02-02T15:04:05')",
            "parsing time \"2023-02-02T15:04:05\" as \"2006-01-02T15:04:05Z07:00\": cannot parse"
                + " \"\" as \"Z07:00\""),
        Arguments.of("time_utc('2023-13-02T15:04:05Z')",
            "parsing time \"2023-13-02T15:04:05Z\": month out of range"),
        Arguments.of("time_utc('2023-02-30T15:04:05Z')",
            "parsing time \"2023-02-30T15:04:05Z\": day out of range"),
        Arguments.of("time_utc('2023-02-02T25:04:05Z')",
            "parsing time \"2023-02-02T25:04:05Z\": hour out of range"),
        Arguments.of("time_utc('2023-02-02T15:04:05Zjunk')",
            "parsing time \"2023-02-02T15:04:05Zjunk\": extra text: \"junk\""),
        Arguments.of("time_utc('x\u00e9')",
            "parsing time \"x\\xc3\\xa9\" as \"2006-01-02T15:04:05Z07:00\": cannot parse"
                + " \"x\\xc3\\xa9\" as \"2006\""),
        Arguments.of("time_before(`1`, '2021-01-02T15:04:05-07:00')",
            "JMESPath function 'time_before': argument #1 is not of type string"),
        Arguments.of("time_after('2021-01-02T15:04:05-07:00', `1`)",
            "JMESPath function 'time_after': argument #2 is not of type string"),
        Arguments.of("time_between('2021-01-02T15:04:05-07:00', '2021-01-02T18:04:05-07:00', `1`)",
            "JMESPath function 'time_between': argument #3 is not of type string"),
        Arguments.of("time_add('2021-01-02T15:04:05Z', '')", "time: invalid duration \"\""),
        Arguments.of("time_add('2021-01-02T15:04:05Z', '3')", "time: missing unit in duration \"3\""),
        Arguments.of("time_add('2021-01-02T15:04:05Z', '3d')",
            "time: unknown unit \"d\" in duration \"3d\""),
        Arguments.of("time_truncate('2021-01-02T15:04:05Z', 'x')", "time: invalid duration \"x\""),
        Arguments.of("time_parse('1', 'abc')",
            "strconv.ParseInt: parsing \"abc\": invalid syntax"),
        Arguments.of("time_parse('2006-01-02', '2023-1-02')",
            "parsing time \"2023-1-02\" as \"2006-01-02\": cannot parse \"1-02\" as \"01\""),
        Arguments.of("time_parse('Jan 2006', 'Foo 2023')",
            "parsing time \"Foo 2023\" as \"Jan 2006\": cannot parse \"Foo 2023\" as \"Jan\""),
        Arguments.of("time_parse('2006 MST', '2023 x')",
            "parsing time \"2023 x\" as \"2006 MST\": cannot parse \"x\" as \"MST\""),
        Arguments.of("time_since('2006', '2023', 'x')",
            "parsing time \"x\" as \"2006\": cannot parse \"x\" as \"2006\""));
  }

  @ParameterizedTest(name = "{0} fails")
  @MethodSource("errors")
  void failsWithGoMessage(String expression, String message) {
    assertThat(Calls.error(expression)).isEqualTo(message);
  }
}
