package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueOperatorTest {

  static Stream<Arguments> operators() {
    return Stream.of(
        Arguments.of("", ValueOperator.EQUAL),
        Arguments.of(">", ValueOperator.EQUAL),
        Arguments.of("!", ValueOperator.EQUAL),
        Arguments.of("abc", ValueOperator.EQUAL),
        Arguments.of(">=1", ValueOperator.MORE_EQUAL),
        Arguments.of("<=1", ValueOperator.LESS_EQUAL),
        Arguments.of(">1", ValueOperator.MORE),
        Arguments.of("<1", ValueOperator.LESS),
        Arguments.of("<>1", ValueOperator.LESS),
        Arguments.of("!1", ValueOperator.NOT_EQUAL),
        Arguments.of("!1-5", ValueOperator.NOT_EQUAL),
        Arguments.of("1-5", ValueOperator.IN_RANGE),
        Arguments.of("-1-+5", ValueOperator.IN_RANGE),
        Arguments.of("|1-5", ValueOperator.IN_RANGE),
        Arguments.of("1.5Gi-2Gi", ValueOperator.IN_RANGE),
        Arguments.of("1!-5", ValueOperator.NOT_IN_RANGE),
        Arguments.of("1Mi!-2Mi", ValueOperator.NOT_IN_RANGE),
        Arguments.of("1-5-7", ValueOperator.EQUAL),
        Arguments.of("a-b", ValueOperator.EQUAL),
        Arguments.of("1 - 5", ValueOperator.EQUAL),
        Arguments.of("1-5\n", ValueOperator.EQUAL));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @MethodSource("operators")
  void recognisesOperatorsLikeKyverno(String condition, ValueOperator expected) {
    assertThat(ValueOperator.of(condition)).isEqualTo(expected);
  }
}
