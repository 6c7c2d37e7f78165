package io.bulwark.engine.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

  @ParameterizedTest
  @CsvSource({
      "nginx, docker.io/nginx:latest",
      "nginx:1.25, docker.io/nginx:1.25",
      "library/nginx, docker.io/library/nginx:latest",
      "busybox:1.28, docker.io/busybox:1.28",
      "ghcr.io/kyverno/test-nginx:latest, ghcr.io/kyverno/test-nginx:latest",
      "localhost/app, localhost/app:latest",
      "localhost:5000/app:v1, localhost:5000/app:v1",
      "Registry/app, Registry/app:latest",
      "quay.io/a/b:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,"
          + " quay.io/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  })
  void normalisesLikeKyvernosImageInfo(String image, String expected) {
    assertThat(ImageReference.normalize(image)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Nginx", "nginx:", "nginx@sha256:abc", "a//b", "nginx:tag with space"})
  void refusesWhatTheReferenceGrammarRefuses(String image) {
    assertThat(ImageReference.normalize(image)).isEqualTo(Optional.empty());
  }
}
