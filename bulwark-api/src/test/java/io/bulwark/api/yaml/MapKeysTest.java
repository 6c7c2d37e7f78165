package io.bulwark.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.util.Optional;
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

/** Expected keys are what sigs.k8s.io/yaml's convertToJSONableObject prints. */
class MapKeysTest {

  static Stream<Arguments> keys() {
    return Stream.of(
        arguments(StringNode.valueOf("name"), Optional.of("name")),
        arguments(BooleanNode.TRUE, Optional.of("true")),
        arguments(BooleanNode.FALSE, Optional.of("false")),
        arguments(IntNode.valueOf(-31), Optional.of("-31")),
        arguments(LongNode.valueOf(4294967296L), Optional.of("4294967296")),
        arguments(real(1.0), Optional.of("1")),
        arguments(real(1000.0), Optional.of("1000")),
        arguments(real(123456.0), Optional.of("123456")),
        arguments(real(1234567.0), Optional.of("1.234567e+06")),
        arguments(real(1e6), Optional.of("1e+06")),
        arguments(real(1e21), Optional.of("1e+21")),
        arguments(real(123456789.0), Optional.of("1.2345679e+08")),
        arguments(real(0.1), Optional.of("0.1")),
        arguments(real(1.5), Optional.of("1.5")),
        arguments(real(-1.5), Optional.of("-1.5")),
        arguments(real(3.14159), Optional.of("3.14159")),
        arguments(real(0.0001), Optional.of("0.0001")),
        arguments(real(0.00001), Optional.of("1e-05")),
        arguments(real(0.0), Optional.of("0")),
        arguments(real(-0.0), Optional.of("-0")),
        arguments(real(Double.POSITIVE_INFINITY), Optional.of(".inf")),
        arguments(real(Double.NEGATIVE_INFINITY), Optional.of("-.inf")),
        arguments(real(Double.NaN), Optional.of(".nan")),
        arguments(NullNode.instance, Optional.empty()),
        arguments(
            BigIntegerNode.valueOf(new BigInteger("18446744073709551615")), Optional.empty()));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("keys")
  void printsKeysLikeSigsYaml(JsonNode key, Optional<String> expected) {
    assertThat(MapKeys.toJsonKey(key)).isEqualTo(expected);
  }

  private static JsonNode real(double value) {
    return DoubleNode.valueOf(value);
  }
}
