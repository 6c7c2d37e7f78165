package io.bulwark.engine.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.context.ResourceQuery;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class PatchesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Arguments> trees() {
    return Stream.of(
        Arguments.of("{'a': 1}", "{'a': 1.0}", true),
        Arguments.of("{'a': 1}", "{'a': '1'}", false),
        Arguments.of("{'a': [1, 2]}", "{'a': [2, 1]}", false),
        Arguments.of("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}", true),
        Arguments.of("{'a': null}", "{}", false),
        Arguments.of("{'a': {'b': []}}", "{'a': {'b': []}}", true),
        Arguments.of("{'a': 10000000000}", "{'a': 1e10}", true));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("trees")
  void comparesAsSerializedJson(String a, String b, boolean same) {
    assertThat(Patches.same(JSON.readTree(a.replace('\'', '"')), JSON.readTree(b.replace('\'', '"')))).isEqualTo(same);
  }

  static Stream<Arguments> missing() {
    return Stream.of(
        Arguments.of("v1", "ConfigMap", "configmaps \"x\" not found"),
        Arguments.of("apps/v1", "Deployment", "deployments.apps \"x\" not found"),
        Arguments.of("networking.k8s.io/v1", "Ingress", "ingresses.networking.k8s.io \"x\" not found"),
        Arguments.of("networking.k8s.io/v1", "NetworkPolicy", "networkpolicies.networking.k8s.io \"x\" not found"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("missing")
  void namesAMissingTargetAsTheApiServerDoes(String apiVersion, String kind, String message) {
    assertThat(MutationTargets.notFound(new ResourceQuery(apiVersion, kind, "ns", "x", null))).isEqualTo(message);
  }
}
