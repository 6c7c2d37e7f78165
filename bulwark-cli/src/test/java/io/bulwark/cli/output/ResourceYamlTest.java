package io.bulwark.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.yaml.KubeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceYamlTest {

  static Stream<Arguments> keyOrders() {
    return Stream.of(
        Arguments.of(List.of("kind", "apiVersion", "metadata", "spec"), List.of("apiVersion", "kind", "metadata", "spec")),
        Arguments.of(List.of("b", "a", "A"), List.of("A", "a", "b")),
        Arguments.of(List.of("item10", "item9", "item1"), List.of("item1", "item9", "item10")),
        Arguments.of(List.of("app", "app.kubernetes.io/name", "ap"), List.of("ap", "app", "app.kubernetes.io/name")),
        Arguments.of(List.of("a1", "a-", "ab"), List.of("a-", "a1", "ab")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("keyOrders")
  void sortsKeysAsGoYamlDoes(List<String> keys, List<String> sorted) {
    var copy = new ArrayList<>(keys);
    copy.sort(ResourceYaml::keyOrder);
    assertThat(copy).isEqualTo(sorted);
  }

  @Test
  void writesABlockDocumentWithSortedKeysAndListsLevelWithTheirKey() {
    var pod = KubeYaml.parse("pod.yaml", """
        kind: Pod
        apiVersion: v1
        metadata: {name: nginx, labels: {team: a, app: web}}
        spec:
          containers:
          - name: nginx
            image: nginx
            ports: [{containerPort: 80}]
        """).get(0).tree();
    assertThat(ResourceYaml.write(pod)).isEqualTo("""
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            app: web
            team: a
          name: nginx
        spec:
          containers:
          - image: nginx
            name: nginx
            ports:
            - containerPort: 80
        """);
  }
}
