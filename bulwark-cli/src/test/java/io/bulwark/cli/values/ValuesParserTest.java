package io.bulwark.cli.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesParserTest {

  private static YamlDocument document(String yaml) {
    return KubeYaml.parse("values.yaml", yaml).get(0);
  }

  @Test
  void readsEverySection() {
    var sink = ProblemSink.withoutPositions("test.yaml");
    Values values = ValuesParser.parse(document("""
        apiVersion: cli.kyverno.io/v1alpha1
        kind: Values
        metadata:
          name: values
        globalValues:
          request.operation: UPDATE
        policies:
        - name: check
          rules:
          - name: r
            values:
              allowed: [a, b]
            foreachValues:
              image: [one, two]
          resources:
          - name: web
            values:
              request.operation: DELETE
        namespaceSelector:
        - name: shop
          labels:
            env: prod
        namespaces:
        - metadata:
            name: ops
            labels:
              team: ops
        subresources:
        - subresource:
            name: deployments/scale
            kind: Scale
            group: autoscaling
            version: v1
          parentResource:
            name: deployments
            kind: Deployment
            group: apps
            version: v1
        """), sink);

    assertThat(sink.problems()).isEmpty();
    assertThat(values.requestOperation()).isEqualTo("UPDATE");
    assertThat(values.requestOperation("check", "web")).isEqualTo("DELETE");
    assertThat(values.requestOperation("check", "db")).isEqualTo("UPDATE");
    assertThat(values.policies()).singleElement().satisfies(policy -> {
      assertThat(policy.rules()).singleElement().satisfies(rule -> {
        assertThat(rule.values().toString()).isEqualTo("{\"allowed\":[\"a\",\"b\"]}");
        assertThat(rule.foreachValues().toString()).isEqualTo("{\"image\":[\"one\",\"two\"]}");
      });
      assertThat(policy.resources()).extracting(Values.ResourceValues::name).containsExactly("web");
    });
    assertThat(values.namespaceLabels("shop")).isEqualTo(Map.of("env", "prod"));
    assertThat(values.namespaceLabels("ops")).isEqualTo(Map.of("team", "ops"));
    assertThat(values.namespaceLabels("other")).isEmpty();
    assertThat(values.subresources()).singleElement().satisfies(s -> {
      assertThat(s.subresource()).isEqualTo(new Values.ApiResource("deployments/scale", "autoscaling", "v1", "Scale"));
      assertThat(s.parentResource()).isEqualTo(new Values.ApiResource("deployments", "apps", "v1", "Deployment"));
    });
  }

  @Test
  void theOlderSchemaWithoutKindIsRead() {
    var sink = ProblemSink.withoutPositions("test.yaml");
    Values values = ValuesParser.parse(document("globalValues:\n  request.operation: DELETE\n"), sink);
    assertThat(sink.problems()).isEmpty();
    assertThat(values.requestOperation()).isEqualTo("DELETE");
  }

  @Test
  void aNestedOperationCountsToo() {
    var sink = ProblemSink.withoutPositions("test.yaml");
    Values values = ValuesParser.parse(document("globalValues:\n  request:\n    operation: UPDATE\n"), sink);
    assertThat(values.requestOperation()).isEqualTo("UPDATE");
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("- just a list", "a values file must be an object"),
        Arguments.of("globalValues: [1]", "expected an object"),
        Arguments.of("policies: {name: x}", "expected a list"),
        Arguments.of("policies: [plain]", "expected an object"),
        Arguments.of("namespaceSelector: plain", "expected a list"),
        Arguments.of("kind: Test\nglobalValues: {}", "expected kind Values, got \"Test\"; read as a values file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void wrongShapesAreReported(String yaml, String message) {
    var sink = ProblemSink.withoutPositions("test.yaml");
    ValuesParser.parse(document(yaml), sink);
    assertThat(sink.problems()).extracting(Problem::message).contains(message);
  }
}
