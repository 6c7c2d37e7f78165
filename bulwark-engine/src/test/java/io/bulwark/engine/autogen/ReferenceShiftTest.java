package io.bulwark.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceShiftTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("no references", "pattern", "no references"),
        Arguments.of("value $(pattern/spec/a) bad", "pattern", "value $(pattern/spec/template/spec/a) bad"),
        Arguments.of("$(pattern/spec/a)", "pattern", "$(pattern/spec/template/spec/a)"),
        Arguments.of("escaped \\$(pattern/spec/a)", "pattern", "escaped \\$(pattern/spec/a)"),
        Arguments.of("$(other/path) stays", "pattern", "$(other/path) stays"),
        Arguments.of("x $(deny/a) y $(deny/b)", "deny", "x $(deny/spec/template/a) y $(deny/spec/template/b)"),
        Arguments.of("$(anyPattern/1/spec/a)", "anyPattern", "$(anyPattern/1/spec/template/spec/a)"),
        // Kyverno keeps the first anyPattern index for every later reference.
        Arguments.of("$(anyPattern/0/a) $(anyPattern/1/b)", "anyPattern",
            "$(anyPattern/0/spec/template/a) $(anyPattern/1/b)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shiftsReferencesLikeKyverno(String message, String pivot, String expected) {
    assertThat(ReferenceShift.shift(message, "spec/template", pivot)).isEqualTo(expected);
  }
}
