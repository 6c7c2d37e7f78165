package io.bulwark.cli.testfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.yaml.KubeYaml;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ResourceComparisonTest {

  private static JsonNode yaml(String text) {
    return KubeYaml.parse("test.yaml", text).get(0).tree();
  }

  static Stream<Arguments> tidyCases() {
    return Stream.of(
        Arguments.of("nulls are dropped", "{a: 1, b: null}", "{a: 1}"),
        Arguments.of("empty maps are dropped", "{a: 1, b: {}}", "{a: 1}"),
        Arguments.of("empty lists are dropped", "{a: 1, b: []}", "{a: 1}"),
        Arguments.of("maps emptied by tidying are dropped", "{a: 1, b: {c: null, d: {e: []}}}", "{a: 1}"),
        Arguments.of("list elements that tidy to nothing are dropped", "{a: [null, {}, 1, [], {b: null}, x]}",
            "{a: [1, x]}"),
        Arguments.of("lists emptied by tidying are dropped", "{a: [null, {}], b: 2}", "{b: 2}"),
        Arguments.of("empty strings, zeros and false are kept", "{a: '', b: 0, c: false}", "{a: '', b: 0, c: false}"),
        Arguments.of("a whole empty object stays an object", "{a: {b: null}}", "{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tidyCases")
  void tidyDropsWhatKyvernoDrops(String name, String input, String expected) {
    assertThat(ResourceComparison.tidy(yaml(input))).isEqualTo(ResourceComparison.tidy(yaml(expected)));
    assertThat(ResourceComparison.tidy(yaml(input)).toString()).isEqualTo(yaml(expected).toString());
  }

  static Stream<Arguments> comparisons() {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: nginx
          namespace: default
          labels:
            app: web
        spec:
          containers:
          - name: nginx
            image: nginx:1.25
            resources:
              limits:
                cpu: 1
        """;
    return Stream.of(
        Arguments.of("identical resources", pod, pod, true),
        Arguments.of("key order does not matter", pod, """
            kind: Pod
            apiVersion: v1
            spec:
              containers:
              - image: nginx:1.25
                name: nginx
                resources:
                  limits:
                    cpu: 1
            metadata:
              labels:
                app: web
              namespace: default
              name: nginx
            """, true),
        Arguments.of("empty and null fields on one side only", pod, pod + "status: {}\nmetadata2: null\n", true),
        Arguments.of("integers equal their float spelling", pod, pod.replace("cpu: 1", "cpu: 1.0"), true),
        Arguments.of("generate.kyverno.io labels are ignored", pod,
            pod.replace("app: web", "app: web\n    generate.kyverno.io/policy-name: p"), true),
        Arguments.of("managed-by kyverno is assumed on both sides", pod,
            pod.replace("app: web", "app: web\n    app.kubernetes.io/managed-by: kyverno"), true),
        Arguments.of("another managed-by differs", pod,
            pod.replace("app: web", "app: web\n    app.kubernetes.io/managed-by: helm"), false),
        Arguments.of("a changed value differs", pod, pod.replace("nginx:1.25", "nginx:1.26"), false),
        Arguments.of("an extra label differs", pod, pod.replace("app: web", "app: web\n    team: a"), false),
        Arguments.of("list order matters", pod + "  initContainers: [{name: a}, {name: b}]\n",
            pod + "  initContainers: [{name: b}, {name: a}]\n", false),
        Arguments.of("a string is not a number", pod, pod.replace("cpu: 1", "cpu: '1'"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void comparesLikeKyvernosMergePatch(String name, String actual, String expected, boolean equal) {
    assertThat(ResourceComparison.difference(yaml(actual), yaml(expected)).isEmpty()).isEqualTo(equal);
  }

  /** Generated resources ({@code generatedResource} rows) are compared the same way, in either direction. */
  static Stream<Arguments> generatedResourceComparisons() {
    return Stream.of(
        Arguments.of("generate labels are ignored on both sides",
            "{kind: A, metadata: {name: a, labels: {generate.kyverno.io/rule-name: r, app.kubernetes.io/managed-by: kyverno}}}",
            "{kind: A, metadata: {name: a, labels: {generate.kyverno.io/policy-name: other}}}", true),
        Arguments.of("the managed-by label is implied", "{kind: A, metadata: {name: a}}",
            "{kind: A, metadata: {name: a, labels: {app.kubernetes.io/managed-by: kyverno}}}", true),
        Arguments.of("other labels count", "{kind: A, metadata: {name: a, labels: {team: x}}}",
            "{kind: A, metadata: {name: a}}", false),
        Arguments.of("empty maps, empty lists and nulls are tidied away",
            "{kind: A, spec: {podSelector: {}, ports: [], note: null}}", "{kind: A}", true),
        Arguments.of("zero, false and empty strings are kept", "{kind: A, spec: {replicas: 0}}", "{kind: A}", false),
        Arguments.of("numbers compare by value", "{kind: A, spec: {replicas: 1}}", "{kind: A, spec: {replicas: 1.0}}",
            true),
        Arguments.of("a field only in the actual resource is a difference", "{kind: A, spec: {a: 1, b: 2}}",
            "{kind: A, spec: {a: 1}}", false),
        Arguments.of("list order counts", "{kind: A, spec: {l: [x, y]}}", "{kind: A, spec: {l: [y, x]}}", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedResourceComparisons")
  void comparesGeneratedResourcesInEitherDirection(String name, String actual, String expected, boolean equal) {
    assertThat(ResourceComparison.difference(yaml(actual), yaml(expected)).isEmpty()).isEqualTo(equal);
    assertThat(ResourceComparison.difference(yaml(expected), yaml(actual)).isEmpty()).isEqualTo(equal);
  }

  @Test
  void differenceShowsTheLinesOnlyInExpectedAndOnlyInActual() {
    JsonNode actual = yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {a: '1', b: '2'}}");
    JsonNode expected = yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {a: '1', b: '3'}}");
    assertThat(ResourceComparison.difference(actual, expected)).hasValue("-   b: \"3\"\n+   b: \"2\"");
  }

  @Test
  void lineDiffKeepsOnlyChangedLinesInOrder() {
    assertThat(ResourceComparison.lineDiff("a\nb\nc\nd\n", "a\nx\nc\nd\ne\n")).isEqualTo("- b\n+ x\n+ e");
    assertThat(ResourceComparison.lineDiff("same\n", "same\n")).isEmpty();
  }
}
