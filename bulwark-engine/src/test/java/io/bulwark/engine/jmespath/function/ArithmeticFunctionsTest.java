package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * add, subtract, sum, multiply, divide, modulo and round over numbers, quantities and durations:
 * every case of Kyverno's arithmetic_test.go, plus the printing and scale rules behind them.
 */
class ArithmeticFunctionsTest {

  static Stream<Arguments> results() {
    return Stream.of(
        // add
        Arguments.of("add(`12`, `13`)", "25"),
        Arguments.of("add('12Ki', '13Ki')", "'25Ki'"),
        Arguments.of("add('12Ki', '13')", "'12301'"),
        Arguments.of("add('12s', '13s')", "'25s'"),
        Arguments.of("add('1Gi', '512Mi')", "'1536Mi'"),
        Arguments.of("add('1h', '1800s')", "'1h30m0s'"),
        Arguments.of("add('1h', '30m0s')", "'1h30m0s'"),
        Arguments.of("add(`1.5`, `1`)", "2.5"),
        // "10m" is a quantity (ten milli-units), not ten minutes.
        Arguments.of("add('10m', '10m')", "'20m'"),
        Arguments.of("add('500m', '500m')", "'1'"),
        Arguments.of("add('1k', '1')", "'1001'"),
        Arguments.of("add('1e3', '1e3')", "'2e3'"),
        Arguments.of("add('1.5Gi', '0')", "'1536Mi'"),
        // A zero left operand takes the right operand's format.
        Arguments.of("add('0', '1Ki')", "'1Ki'"),
        Arguments.of("add('1Ki', '0.5')", "'1024500m'"),
        Arguments.of("add('100Mi', '-100Mi')", "'0'"),
        // subtract
        Arguments.of("subtract(`12`, `13`)", "-1"),
        Arguments.of("subtract('12Ki', '13Ki')", "'-1Ki'"),
        Arguments.of("subtract('12Ki', '13')", "'12275'"),
        Arguments.of("subtract('12s', '13s')", "'-1s'"),
        Arguments.of("subtract('2Gi', '1536Mi')", "'512Mi'"),
        Arguments.of("subtract('1s', '1500ms')", "'-500ms'"),
        // sum
        Arguments.of("sum([`12`])", "12"),
        Arguments.of("sum([`12`, `13`, `1`, `4`])", "30"),
        Arguments.of("sum([`12`, `13`])", "25"),
        Arguments.of("sum(['12Ki'])", "'12Ki'"),
        Arguments.of("sum(['12Ki', '13Ki', '1Ki', '4Ki'])", "'30Ki'"),
        Arguments.of("sum(['12Ki', '13Ki'])", "'25Ki'"),
        Arguments.of("sum(['12Ki', '13'])", "'12301'"),
        Arguments.of("sum(['12s'])", "'12s'"),
        Arguments.of("sum(['12s', '13s', '1s', '4s'])", "'30s'"),
        Arguments.of("sum(['12s', '13s'])", "'25s'"),
        Arguments.of("sum(['30m', '30m'])", "'60m'"),
        Arguments.of("sum(['30s', '30s', '1h'])", "'1h1m0s'"),
        // One element comes back untouched, whatever it is.
        Arguments.of("sum([`true`])", "true"),
        // multiply
        Arguments.of("multiply('12Ki', `2`)", "'24Ki'"),
        Arguments.of("multiply('12s', `2`)", "'24s'"),
        Arguments.of("multiply(`2.5`, `2.5`)", "6.25"),
        Arguments.of("multiply(`2.5`, '12Ki')", "'30Ki'"),
        Arguments.of("multiply(`2.5`, '12')", "'30'"),
        Arguments.of("multiply(`2.5`, '40s')", "'1m40s'"),
        Arguments.of("multiply('100m', `3`)", "'300m'"),
        Arguments.of("multiply('1', `0.001`)", "'1m'"),
        Arguments.of("multiply('1Mi', `0.5`)", "'512Ki'"),
        Arguments.of("multiply('1h', `0.5`)", "'30m0s'"),
        // Kubernetes has no suffix for 10^21, and prints none.
        Arguments.of("multiply('1E', `1000`)", "'1'"),
        Arguments.of("multiply('2e3', `3`)", "'6e3'"),
        // divide
        Arguments.of("divide('256M', '256M')", "1"),
        Arguments.of("divide('512M', '256M')", "2"),
        Arguments.of("divide('8', '3')", "2.6666666666666665"),
        Arguments.of("divide('128M', '256M')", "0.5"),
        Arguments.of("divide('12Ki', `3`)", "'4Ki'"),
        Arguments.of("divide('12Ki', '2Ki')", "6"),
        Arguments.of("divide('12Ki', '200')", "61.44"),
        Arguments.of("divide('12s', `3`)", "'4s'"),
        Arguments.of("divide('12s', '5s')", "2.4"),
        Arguments.of("divide(`14`, `3`)", "4.666666666666667"),
        // Quantity / number truncates to the larger scale of the two operands.
        Arguments.of("divide('10', `3`)", "'3'"),
        Arguments.of("divide('1', `3`)", "'0'"),
        Arguments.of("divide('1.0', `3`)", "'300m'"),
        Arguments.of("divide('10', `4`)", "'2'"),
        Arguments.of("divide('10', `2.5`)", "'4'"),
        Arguments.of("divide('1Gi', `2`)", "'512Mi'"),
        Arguments.of("divide('1.5Ki', `2`)", "'768'"),
        Arguments.of("divide('1.5Ki', `7`)", "'219428571428n'"),
        Arguments.of("divide('1h', `4`)", "'15m0s'"),
        // modulo
        Arguments.of("modulo('12Ki', '5Ki')", "'2Ki'"),
        Arguments.of("modulo('13s', '2s')", "'1s'"),
        Arguments.of("modulo(`13`, `5`)", "3"),
        Arguments.of("modulo(`-13`, `5`)", "-3"),
        Arguments.of("modulo('10', '4')", "'2'"),
        Arguments.of("modulo('1h', '25m0s')", "'10m0s'"),
        // round
        Arguments.of("round(`3.14159`, `2`)", "3.14"),
        Arguments.of("round(`2.5`, `0`)", "3"),
        Arguments.of("round(`-2.5`, `0`)", "-3"),
        Arguments.of("round(`1.005`, `2`)", "1"),
        Arguments.of("round(`1234.5678`, `1`)", "1234.6"),
        Arguments.of("round(`7`, `3`)", "7"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("results")
  void computesWhatKyvernoComputes(String expression, String expected) {
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  static Stream<Arguments> errors() {
    String add = "JMESPath function 'add': ";
    String sum = "JMESPath function 'sum': ";
    String subtract = "JMESPath function 'subtract': ";
    String multiply = "JMESPath function 'multiply': ";
    String divide = "JMESPath function 'divide': ";
    String modulo = "JMESPath function 'modulo': ";
    String round = "JMESPath function 'round': ";
    return Stream.of(
        Arguments.of("add('12', '13s')", add + "Types mismatch"),
        Arguments.of("add(`12`, '13Ki')", add + "Types mismatch"),
        Arguments.of("add(`12`, '13')", add + "Types mismatch"),
        Arguments.of("add('12Ki', '13s')", add + "Types mismatch"),
        Arguments.of("add('12Ki', `13`)", add + "Types mismatch"),
        Arguments.of("add('12s', `13`)", add + "Types mismatch"),
        Arguments.of("add('12s', '13Ki')", add + "Types mismatch"),
        Arguments.of("add('12s', '13')", add + "Types mismatch"),
        // "30m" is thirty milli-units, so it does not add to a duration.
        Arguments.of("add('1h', '30m')", add + "Types mismatch"),
        Arguments.of("sum(['30m', '30m', '1h'])", sum + "Types mismatch"),
        Arguments.of("add('abc', `1`)", add + "invalid operands"),
        Arguments.of("add(`true`, `1`)", add + "invalid operands"),
        Arguments.of("add(`null`, `null`)", add + "invalid operands"),
        Arguments.of("sum(`[]`)", sum + "at least one element in the array is required"),
        Arguments.of("sum(['12', '13s'])", sum + "Types mismatch"),
        Arguments.of("sum([`12`, '13Ki'])", sum + "Types mismatch"),
        Arguments.of("sum([`12`, '13'])", sum + "Types mismatch"),
        Arguments.of("sum(['12Ki', '13s'])", sum + "Types mismatch"),
        Arguments.of("sum(['12Ki', `13`])", sum + "Types mismatch"),
        Arguments.of("sum(['12s', `13`])", sum + "Types mismatch"),
        Arguments.of("sum(['12s', '13Ki'])", sum + "Types mismatch"),
        Arguments.of("sum(['12s', '13'])", sum + "Types mismatch"),
        Arguments.of("sum([`1`, 'x'])", sum + "invalid operands"),
        Arguments.of("subtract('12', '13s')", subtract + "Types mismatch"),
        Arguments.of("subtract(`12`, '13Ki')", subtract + "Types mismatch"),
        Arguments.of("subtract(`12`, '13')", subtract + "Types mismatch"),
        Arguments.of("subtract('12Ki', '13s')", subtract + "Types mismatch"),
        Arguments.of("subtract('12Ki', `13`)", subtract + "Types mismatch"),
        Arguments.of("subtract('12s', `13`)", subtract + "Types mismatch"),
        Arguments.of("subtract('12s', '13Ki')", subtract + "Types mismatch"),
        Arguments.of("subtract('12s', '13')", subtract + "Types mismatch"),
        Arguments.of("subtract('x', `1`)", subtract + "invalid operands"),
        Arguments.of("multiply('12Ki', '12Ki')", multiply + "Types mismatch"),
        Arguments.of("multiply('12Ki', '12')", multiply + "Types mismatch"),
        Arguments.of("multiply('12Ki', '12s')", multiply + "Types mismatch"),
        Arguments.of("multiply('12s', '12Ki')", multiply + "Types mismatch"),
        Arguments.of("multiply('12s', '12')", multiply + "Types mismatch"),
        Arguments.of("multiply('12s', '12s')", multiply + "Types mismatch"),
        Arguments.of("multiply(`1`, 'x')", multiply + "invalid operands"),
        Arguments.of("divide('12Ki', '2s')", divide + "Types mismatch"),
        Arguments.of("divide('12s', '4Ki')", divide + "Types mismatch"),
        Arguments.of("divide('12s', '4')", divide + "Types mismatch"),
        Arguments.of("divide(`14`, '5s')", divide + "Types mismatch"),
        Arguments.of("divide(`14`, '5Ki')", divide + "Types mismatch"),
        Arguments.of("divide(`14`, '5')", divide + "Types mismatch"),
        Arguments.of("divide(`14`, `0`)", divide + "Zero divisor passed"),
        Arguments.of("divide('4Ki', `0`)", divide + "Zero divisor passed"),
        Arguments.of("divide('4Ki', '0Ki')", divide + "Zero divisor passed"),
        Arguments.of("divide('4', `0`)", divide + "Zero divisor passed"),
        Arguments.of("divide('4', '0')", divide + "Zero divisor passed"),
        Arguments.of("divide('4s', `0`)", divide + "Zero divisor passed"),
        Arguments.of("divide('4s', '0s')", divide + "Zero divisor passed"),
        Arguments.of("divide('x', `1`)", divide + "invalid operands"),
        Arguments.of("modulo('12', '13s')", modulo + "Types mismatch"),
        Arguments.of("modulo('12Ki', '13s')", modulo + "Types mismatch"),
        Arguments.of("modulo('12Ki', `13`)", modulo + "Types mismatch"),
        Arguments.of("modulo('13s', '12')", modulo + "Types mismatch"),
        Arguments.of("modulo('13s', '12Ki')", modulo + "Types mismatch"),
        Arguments.of("modulo('13s', `2`)", modulo + "Types mismatch"),
        Arguments.of("modulo(`13`, '12')", modulo + "Types mismatch"),
        Arguments.of("modulo(`13`, '12Ki')", modulo + "Types mismatch"),
        Arguments.of("modulo(`13`, '5s')", modulo + "Types mismatch"),
        Arguments.of("modulo(`14`, `0`)", modulo + "Zero divisor passed"),
        Arguments.of("modulo('4Ki', `0`)", modulo + "Types mismatch"),
        Arguments.of("modulo('4Ki', '0Ki')", modulo + "Zero divisor passed"),
        Arguments.of("modulo('4', `0`)", modulo + "Types mismatch"),
        Arguments.of("modulo('4', '0')", modulo + "Zero divisor passed"),
        Arguments.of("modulo('4s', `0`)", modulo + "Types mismatch"),
        Arguments.of("modulo('4s', '0s')", modulo + "Zero divisor passed"),
        Arguments.of("modulo('4', '1.5')", modulo + "Non-integer argument(s) passed for modulo"),
        Arguments.of("modulo('4.5', '1')", modulo + "Non-integer argument(s) passed for modulo"),
        Arguments.of("modulo(`14`, `1.5`)", modulo + "Non-integer argument(s) passed for modulo"),
        Arguments.of("modulo(`14.5`, `2`)", modulo + "Non-integer argument(s) passed for modulo"),
        Arguments.of("modulo('x', `2`)", modulo + "invalid operands"),
        Arguments.of("round(`1.5`, `1.5`)", round + "Non-integer argument(s) passed for round off"),
        Arguments.of("round(`1.5`, `-1`)",
            round + "%!d(MISSING) argument is out of bounds (%!d(MISSING))"),
        Arguments.of("round('1.5', `1`)", round + "argument #1 is not of type float64"));
  }

  @ParameterizedTest(name = "{0} fails")
  @MethodSource("errors")
  void failsWithKyvernoMessage(String expression, String message) {
    assertThat(Calls.error(expression)).isEqualTo(message);
  }
}
