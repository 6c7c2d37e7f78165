package io.bulwark.engine.wildcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WildcardTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("", "", true),
        Arguments.of("", "a", false),
        Arguments.of("*", "", true),
        Arguments.of("*", "anything/with/slashes", true),
        Arguments.of("?", "", false),
        Arguments.of("?", "a", true),
        Arguments.of("?", "ab", false),
        Arguments.of("?*", "", false),
        Arguments.of("?*", "x", true),
        Arguments.of("nginx:*", "nginx:1.25", true),
        Arguments.of("nginx:*", "nginx", false),
        Arguments.of("*:latest", "docker.io/nginx:latest", true),
        Arguments.of("a*b*c", "aXXbYYc", true),
        Arguments.of("a*b*c", "aXXbYY", false),
        Arguments.of("kube-*", "kube-system", true),
        Arguments.of("kube-?", "kube-ab", false),
        Arguments.of("exact", "exact", true),
        Arguments.of("exact", "Exact", false),
        Arguments.of("**", "x", true),
        Arguments.of("*a", "bbba", true),
        Arguments.of("*a", "bbbab", false));
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @MethodSource("cases")
  void matchesLikeKyverno(String pattern, String text, boolean expected) {
    assertThat(Wildcard.match(pattern, text)).isEqualTo(expected);
  }
}
