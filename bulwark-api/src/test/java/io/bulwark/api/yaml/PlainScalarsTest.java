package io.bulwark.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/** Expected values are what go-yaml v2 decodes into {@code interface{}}. */
class PlainScalarsTest {

  static Stream<Arguments> goYamlV2Values() {
    return Stream.of(
        // Booleans: exactly go-yaml's resolve table spellings.
        bool("y", true),
        bool("Y", true),
        bool("yes", true),
        bool("Yes", true),
        bool("YES", true),
        bool("on", true),
        bool("On", true),
        bool("ON", true),
        bool("true", true),
        bool("True", true),
        bool("TRUE", true),
        bool("n", false),
        bool("N", false),
        bool("no", false),
        bool("No", false),
        bool("NO", false),
        bool("off", false),
        bool("Off", false),
        bool("OFF", false),
        bool("false", false),
        bool("False", false),
        bool("FALSE", false),
        string("yEs"),
        string("oN"),
        string("tRUE"),
        string("nO"),
        string("Y!"),
        string("yess"),
        // Nulls.
        arguments("", NullNode.instance),
        arguments("~", NullNode.instance),
        arguments("null", NullNode.instance),
        arguments("Null", NullNode.instance),
        arguments("NULL", NullNode.instance),
        string("nULL"),
        string("nil"),
        // Ints: Go base-0 prefixes, sign, underscores.
        integer("0", 0),
        integer("10", 10),
        integer("-10", -10),
        integer("+685_230", 685230),
        integer("012", 10),
        integer("-012", -10),
        integer("02472256", 685230),
        integer("0o12", 10),
        integer("0x1F", 31),
        integer("0X1f", 31),
        integer("-0x1F", -31),
        integer("0x_0A_74_AE", 685230),
        integer("0b1010", 10),
        integer("-0b101010", -42),
        integer("0b1010_0111_0100_1010_1110", 685230),
        integer("1_000", 1000),
        integer("1__0", 10),
        integer("00", 0),
        arguments("4294967296", LongNode.valueOf(4294967296L)),
        arguments("9223372036854775807", LongNode.valueOf(Long.MAX_VALUE)),
        arguments("-9223372036854775808", LongNode.valueOf(Long.MIN_VALUE)),
        arguments(
            "-0b1000000000000000000000000000000000000000000000000000000000000000",
            LongNode.valueOf(Long.MIN_VALUE)),
        // Beyond int64: uint64 and big.Int keep every digit; a long decimal becomes a float.
        big("9223372036854775808", "9223372036854775808"),
        big("18446744073709551615", "18446744073709551615"),
        big("0xFFFFFFFFFFFFFFFF", "18446744073709551615"),
        big("0x1FFFFFFFFFFFFFFFF", "36893488147419103231"),
        big(
            "0b11111111111111111111111111111111111111111111111111111111111111111",
            "36893488147419103231"),
        real("18446744073709551616", 1.8446744073709552E19),
        real("-9223372036854775809", -9.223372036854775809E18),
        real("0777777777777777777777777", 7.77777777777777777777777E23),
        string("-0xFFFFFFFFFFFFFFFFFF"),
        string("+0xFFFFFFFFFFFFFFFF"),
        // Not octal, so Go's float fallback reads them as decimals.
        real("08", 8.0),
        real("019", 19.0),
        // Floats.
        real("1.5", 1.5),
        real("-1.5", -1.5),
        real("1e3", 1000.0),
        real("1E3", 1000.0),
        real("123456e1", 1234560.0),
        real("6.8523e+5", 685230.0),
        real("685.230_15e+03", 685230.15),
        real("685_230.15", 685230.15),
        real("1.", 1.0),
        real("0.1", 0.1),
        real(".1", 0.1),
        real("-.1", -0.1),
        real("+.5", 0.5),
        real(".5e3", 500.0),
        real(".5_0", 0.5),
        real("-0.0", -0.0),
        real("1e-400", 0.0),
        real(".inf", Double.POSITIVE_INFINITY),
        real(".Inf", Double.POSITIVE_INFINITY),
        real(".INF", Double.POSITIVE_INFINITY),
        real("+.inf", Double.POSITIVE_INFINITY),
        real("-.inf", Double.NEGATIVE_INFINITY),
        real("-.Inf", Double.NEGATIVE_INFINITY),
        real("-.INF", Double.NEGATIVE_INFINITY),
        real(".nan", Double.NaN),
        real(".NaN", Double.NaN),
        real(".NAN", Double.NaN),
        string(".iNf"),
        string(".nAn"),
        string("."),
        string("._5"),
        string(".5_"),
        string(".e3"),
        // Overflowing floats are a ParseFloat range error in Go, so they stay text.
        string("1e400"),
        string(".5e400"),
        // Strings that look almost like numbers.
        string("2001-12-14"),
        string("2001-12-14T21:59:43.10Z"),
        string("2015-02-24 18:19:39"),
        string("1:1"),
        string("190:20:30"),
        string("0x"),
        string("0b12"),
        string("-"),
        string("+"),
        string("1.2.3.4"),
        string("50cent_of_dollar"),
        string("-b_c"),
        string("+b_c"),
        string("3s"),
        string("1e"),
        string("0x1p-2"),
        string("12e"),
        string("1_000.5.5"),
        string("<<"),
        string("=="),
        string("abc"),
        string("some text"),
        string("٣"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("goYamlV2Values")
  void resolvesPlainScalarsLikeGoYamlV2(String text, JsonNode expected) {
    JsonNode actual = PlainScalars.resolve(text);

    assertThat(actual.getNodeType()).isEqualTo(expected.getNodeType());
    if (expected.isDouble()) {
      assertThat(actual.isDouble()).isTrue();
      assertThat(Double.compare(actual.doubleValue(), expected.doubleValue())).isZero();
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static Arguments bool(String text, boolean value) {
    return arguments(text, BooleanNode.valueOf(value));
  }

  private static Arguments integer(String text, int value) {
    return arguments(text, IntNode.valueOf(value));
  }

  private static Arguments big(String text, String digits) {
    return arguments(text, BigIntegerNode.valueOf(new BigInteger(digits)));
  }

  private static Arguments real(String text, double value) {
    return arguments(text, DoubleNode.valueOf(value));
  }

  private static Arguments string(String text) {
    return arguments(text, StringNode.valueOf(text));
  }
}
