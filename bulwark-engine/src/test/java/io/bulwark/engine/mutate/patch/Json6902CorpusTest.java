package io.bulwark.engine.mutate.patch;

import static io.bulwark.engine.KyvernoPolicyLibrary.documents;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.KyvernoPolicyLibrary;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Policies of Kyverno's library whose {@code patchesJson6902} has no variables: the patch alone,
 * applied to the test resource, must give the library's {@code patchedResource}. They exercise
 * the created parents ({@code /spec/tolerations/-} on a Pod without tolerations) and Go's {@code
 * -1} indices in missing arrays. Skipped when the corpus is not there.
 */
class Json6902CorpusTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("other/add-tolerations/add-tolerations.yaml", "other/add-tolerations/.kyverno-test/resource.yaml",
            "addpod01", "other/add-tolerations/.kyverno-test/patched01.yaml"),
        Arguments.of("other/add-tolerations/add-tolerations.yaml", "other/add-tolerations/.kyverno-test/resource.yaml",
            "addpod02", "other/add-tolerations/.kyverno-test/patched02.yaml"),
        Arguments.of("other/add-node-affinity/add-node-affinity.yaml",
            "other/add-node-affinity/.kyverno-test/resource.yaml", "tomcat-deployment",
            "other/add-node-affinity/.kyverno-test/patchedResource.yaml"));
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void theLibrarysPatchGivesItsPatchedResource(String policyFile, String resourceFile, String name,
      String patchedFile) {
    Path corpus = KyvernoPolicyLibrary.locate();
    JsonNode policy = documents(corpus.resolve(policyFile)).get(0);
    String patch = policy.path("spec").path("rules").get(0).path("mutate").path("patchesJson6902").asString();
    JsonNode resource = documents(corpus.resolve(resourceFile)).stream()
        .filter(r -> r.path("metadata").path("name").asString("").equals(name))
        .findFirst().orElseThrow();

    JsonNode patched = JsonPatch.apply(resource, JsonPatch.parse(patch));

    assertThat(patched).isEqualTo(documents(corpus.resolve(patchedFile)).get(0));
  }
}
