package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeReaderTest {

  private static final Set<String> RULE_FIELDS =
      Set.of("name", "match", "exclude", "validate", "mutate", "generate", "verifyImages", "context");

  static Stream<Arguments> nearMisses() {
    return Stream.of(
        arguments("valdiate", "validate"), // swapped letters
        arguments("validat", "validate"),
        arguments("Validate", "validate"), // case only
        arguments("verifyImage", "verifyImages"),
        arguments("exlude", "exclude"),
        arguments("nme", "name"),
        arguments("matches", "match"),
        arguments("mach", "match"),
        arguments("nam", "name"),
        arguments("pattern", null),
        arguments("preconditions", null),
        arguments("", null));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("nearMisses")
  void suggestsTheFieldAMisspellingProbablyMeant(String written, String expected) {
    assertThat(NodeReader.closest(written, RULE_FIELDS).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("ties")
  void suggestsNothingWhenTwoFieldsAreEquallyClose(String written) {
    assertThat(NodeReader.closest(written, Set.of("any", "all"))).isEmpty();
  }

  static Stream<String> ties() {
    return Stream.of("aly", "anl");
  }
}
