package io.bulwark.cli.testfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.yaml.KubeYaml;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class GeneratedResourceComparisonTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        arguments("generate labels are ignored on both sides",
            "{kind: A, metadata: {name: a, labels: {generate.kyverno.io/rule-name: r, app.kubernetes.io/managed-by: kyverno}}}",
            "{kind: A, metadata: {name: a, labels: {generate.kyverno.io/policy-name: other}}}", true),
        arguments("the managed-by label is implied", "{kind: A, metadata: {name: a}}",
            "{kind: A, metadata: {name: a, labels: {app.kubernetes.io/managed-by: kyverno}}}", true),
        arguments("other labels count", "{kind: A, metadata: {name: a, labels: {team: x}}}",
            "{kind: A, metadata: {name: a}}", false),
        arguments("empty maps, empty lists and nulls are tidied away",
            "{kind: A, spec: {podSelector: {}, ports: [], note: null}}", "{kind: A}", true),
        arguments("zero, false and empty strings are kept", "{kind: A, spec: {replicas: 0}}", "{kind: A}", false),
        arguments("numbers compare by value", "{kind: A, spec: {replicas: 1}}", "{kind: A, spec: {replicas: 1.0}}",
            true),
        arguments("a field only in the actual resource is a difference", "{kind: A, spec: {a: 1, b: 2}}",
            "{kind: A, spec: {a: 1}}", false),
        arguments("list order counts", "{kind: A, spec: {l: [x, y]}}", "{kind: A, spec: {l: [y, x]}}", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void comparesAsKyvernoTestDoes(String name, String actual, String expected, boolean matches) {
    assertThat(GeneratedResourceComparison.matches(yaml(actual), yaml(expected))).isEqualTo(matches);
    assertThat(GeneratedResourceComparison.matches(yaml(expected), yaml(actual))).isEqualTo(matches);
  }

  private static JsonNode yaml(String text) {
    return KubeYaml.parse("test.yaml", text).get(0).tree();
  }
}
