package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** image_normalize: Kyverno's cases, the reference grammar and the registry settings. */
class ImageNormalizeFunctionTest {

  private static final String DIGEST =
      "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of("nginx", "docker.io/nginx:latest"),
        Arguments.of("docker.io/nginx", "docker.io/nginx:latest"),
        Arguments.of("docker.io/library/nginx", "docker.io/library/nginx:latest"),
        Arguments.of("ghcr.io/library/nginx", "ghcr.io/library/nginx:latest"),
        Arguments.of("ghcr.io/nginx", "ghcr.io/nginx:latest"),
        Arguments.of("ghcr.io/nginx:latest", "ghcr.io/nginx:latest"),
        Arguments.of("ghcr.io/nginx:1.2", "ghcr.io/nginx:1.2"),
        Arguments.of("bitnami/nginx:1.25", "docker.io/bitnami/nginx:1.25"),
        Arguments.of("localhost/app", "localhost/app:latest"),
        Arguments.of("localhost:5000/team/app:v1", "localhost:5000/team/app:v1"),
        Arguments.of("nginx@" + DIGEST, "docker.io/nginx@" + DIGEST),
        // With both, the digest wins and the tag is dropped.
        Arguments.of("nginx:1.25@" + DIGEST, "docker.io/nginx@" + DIGEST),
        Arguments.of("[::1]:5000/app", "[::1]:5000/app:latest"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("results")
  void normalizesLikeKyverno(String image, String expected) {
    assertThat(eval("image_normalize('" + image + "')").stringValue()).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    String prefix = "JMESPath function 'image_normalize': bad image: ";
    String settings = ", defaultRegistry: docker.io, enableDefaultRegistryMutation: true: ";
    return Stream.of(
        Arguments.of("", prefix + "docker.io/" + settings + "invalid reference format"),
        Arguments.of("Nginx", prefix + "docker.io/Nginx" + settings
            + "repository name must be lowercase"),
        Arguments.of("nginx:", prefix + "docker.io/nginx:" + settings + "invalid reference format"),
        Arguments.of("nginx@sha256:abc", prefix + "docker.io/nginx@sha256:abc" + settings
            + "invalid reference format"),
        Arguments.of("nginx@sha256:" + "a".repeat(40), prefix + "docker.io/nginx@sha256:"
            + "a".repeat(40) + settings + "invalid checksum digest length"),
        Arguments.of("nginx@md5:" + "a".repeat(32), prefix + "docker.io/nginx@md5:"
            + "a".repeat(32) + settings + "unsupported digest algorithm"),
        Arguments.of("a/" + "b".repeat(260), prefix + "docker.io/a/" + "b".repeat(260) + settings
            + "repository name must not be more than 255 characters"));
  }

  @ParameterizedTest(name = "\"{0}\" fails")
  @MethodSource("errors")
  void failsWithKyvernoMessage(String image, String message) {
    assertThat(Calls.error("image_normalize('" + image + "')")).isEqualTo(message);
  }

  @Test
  void usesTheConfiguredDefaultRegistry() {
    var calls = Calls.with(List.of(new ImageNormalizeFunction("registry.local:5000", true)));
    assertThat(calls.evaluate("image_normalize('nginx')").stringValue())
        .isEqualTo("registry.local:5000/nginx:latest");
  }

  @Test
  void leavesTheDefaultRegistryOutWhenMutationIsOff() {
    var calls = Calls.with(List.of(new ImageNormalizeFunction("docker.io", false)));
    assertThat(calls.evaluate("image_normalize('nginx')").stringValue()).isEqualTo("nginx:latest");
    assertThat(calls.evaluate("image_normalize('ghcr.io/nginx')").stringValue())
        .isEqualTo("ghcr.io/nginx:latest");
  }
}
