package io.bulwark.engine.jmespath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;

/** Behaviour of the built-ins beyond the compliance suite: Go's formatting and number shapes. */
class BuiltinFunctionsTest {

  private static final String DOC =
      "{'items': [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 1.5}, {'n': 'c', 'v': 2}],"
          + " 'words': ['b', 'A', '\uD83D\uDE00', '\uFFFD']}";

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("to_string(`{\"b\": 1, \"a\": \"<x&y>\"}`)",
            "\"{\\\"a\\\":\\\"\\\\u003cx\\\\u0026y\\\\u003e\\\",\\\"b\\\":1}\""),
        Arguments.of("to_string(`1.0`)", "\"1\""),
        Arguments.of("to_string(`1.5`)", "\"1.5\""),
        Arguments.of("to_string(`1e21`)", "\"1e+21\""),
        Arguments.of("to_string(`0.0000001`)", "\"1e-7\""),
        Arguments.of("to_string(`123456789012`)", "\"123456789012\""),
        Arguments.of("to_string('text')", "\"text\""),
        Arguments.of("to_number('1e3')", "1000"),
        Arguments.of("to_number('.5')", "0.5"),
        Arguments.of("to_number('-2.')", "-2"),
        Arguments.of("to_number('Infinity')", "null"),
        Arguments.of("to_number(' 1')", "null"),
        Arguments.of("to_number('1e999')", "null"),
        Arguments.of("sort(words)", "[\"A\",\"b\",\"\uFFFD\",\"\uD83D\uDE00\"]"),
        Arguments.of("max(words)", "\"\uD83D\uDE00\""),
        Arguments.of("length('\uD83D\uDE00')", "1"),
        Arguments.of("reverse('a\uD83D\uDE00b')", "\"b\uD83D\uDE00a\""),
        Arguments.of("sort_by(items, &v)[].n", "[\"a\",\"b\",\"c\"]"),
        Arguments.of("max_by(items, &v).n", "\"b\""),
        Arguments.of("min_by(items, &n).n", "\"a\""),
        Arguments.of("sort_by(items, &missing)",
            "error INVALID_TYPE: JMESPath function 'sort_by': expression must yield all numbers "
                + "or all strings, got null"),
        Arguments.of("sort_by(items[:1], &missing)", "[{\"n\":\"b\",\"v\":2}]"),
        Arguments.of("keys(items[0])", "[\"n\",\"v\"]"),
        Arguments.of("merge(items[0], items[1])", "{\"n\":\"a\",\"v\":1.5}"),
        Arguments.of("contains(items, `{\"v\": 2.0, \"n\": \"b\"}`)", "true"),
        Arguments.of("items[?v == `2.0`].n", "[\"b\",\"c\"]"),
        Arguments.of("sum(items[].v)", "5.5"),
        Arguments.of("avg(`[1, 2]`)", "1.5"),
        Arguments.of("items[5:0:0]",
            "error INVALID_VALUE: slice step cannot be 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void computesWhatKyvernoComputes(String expression, String expected) {
    assertThat(Trees.search(expression, DOC, JmesPath.Options.kyverno())).isEqualTo(expected);
  }

  @Test
  void integralNumberResultsAreIntegers() {
    JsonNode doc = Trees.json(DOC);
    assertThat(JmesPath.search("length(items)", doc)).isInstanceOf(IntNode.class);
    assertThat(JmesPath.search("sum(`[1.5, 1.5]`)", doc)).isEqualTo(IntNode.valueOf(3));
    assertThat(JmesPath.search("abs(`-2.5`)", doc)).isEqualTo(DoubleNode.valueOf(2.5));
    assertThat(JmesPath.search("`2.0`", doc)).isEqualTo(IntNode.valueOf(2));
    assertThat(JmesPath.search("max(`[1, 2.0]`)", doc)).isEqualTo(IntNode.valueOf(2));
  }
}
