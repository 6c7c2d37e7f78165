package io.bulwark.engine.mutate;

import static io.bulwark.engine.mutate.MutateFixtures.create;
import static io.bulwark.engine.mutate.MutateFixtures.policy;
import static io.bulwark.engine.mutate.MutateFixtures.summary;
import static io.bulwark.engine.mutate.MutateFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.context.ResourceQuery;
import io.bulwark.engine.request.ResourceRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** mutate-existing rules: targets resolved through the provider, patched one by one, never the trigger. */
class MutateExistingTest {

  private static final String TRIGGER = """
      apiVersion: v1
      kind: Secret
      metadata: {name: creds, namespace: apps, labels: {rotate: "true"}}
      """;

  private static final List<JsonNode> EXISTING = List.of(
      yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: settings, namespace: apps, labels: {app: web}}}"),
      yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: other, namespace: apps, labels: {app: db}}}"),
      yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: settings, namespace: shop, labels: {app: web}}}"),
      yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: apps}}"));

  /** A policy whose one rule is triggered by Secrets and mutates {@code targets}. */
  private static String refresh(String kind, String targetsAndRest) {
    return """
        apiVersion: kyverno.io/v1
        kind: %s
        metadata: {name: refresh, namespace: apps}
        spec:
          rules:
          - name: touch
            match: {any: [{resources: {kinds: [Secret]}}]}
        """.formatted(kind) + targetsAndRest.indent(4);
  }

  static Stream<Arguments> targets() {
    return Stream.of(
        row("wildcard names reach every object that matches", "ClusterPolicy", """
            mutate:
              targets:
              - {apiVersion: v1, kind: ConfigMap, namespace: "*", name: "set*"}
              patchStrategicMerge: {metadata: {labels: {app: web}}}
            """, List.of("touch skip: no patches applied", "touch skip: no patches applied"),
            List.of()),
        row("a fully named target that does not exist is an error", "ClusterPolicy", """
            mutate:
              targets:
              - {apiVersion: v1, kind: ConfigMap, namespace: apps, name: missing}
              patchStrategicMerge: {metadata: {labels: {x: y}}}
            """, List.of("touch error: : configmaps \"missing\" not found"), List.of()),
        row("a target whose variables cannot be resolved is an error", "ClusterPolicy", """
            mutate:
              targets:
              - {apiVersion: v1, kind: ConfigMap, namespace: apps, name: "{{ request.object.spec.name }}"}
              patchStrategicMerge: {metadata: {labels: {x: y}}}
            """, List.of("touch error: : failed to substitute variables in target[0]: failed to resolve"
            + " request.object.spec.name at path /name: JMESPath query failed: Unknown key \"spec\" in path"),
            List.of()),
        row("no object found gives no response", "ClusterPolicy", """
            mutate:
              targets:
              - {apiVersion: v1, kind: ConfigMap, namespace: apps, name: "nothing-*"}
              patchStrategicMerge: {metadata: {labels: {x: y}}}
            """, List.of(), List.of()),
        row("target preconditions are checked per target", "ClusterPolicy", """
            mutate:
              targets:
              - apiVersion: v1
                kind: ConfigMap
                namespace: apps
                preconditions:
                  all:
                  - {key: "{{ target.metadata.labels.app }}", operator: Equals, value: nothing}
              patchStrategicMerge: {metadata: {labels: {x: y}}}
            """, List.of("touch skip: preconditions not met", "touch skip: preconditions not met"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void resolvesTargetsAsKyverno(String description, String kind, String rule, List<String> expected,
      List<String> patchedNames) {
    var provider = new MutateFixtures.Existing(EXISTING);
    ResourceRequest request = create(TRIGGER);
    MutationOutcome outcome = new DefaultEngine(provider).mutate(policy(refresh(kind, rule)), request);
    assertThat(summary(outcome)).containsExactlyElementsOf(expected);
    assertThat(outcome.patched()).isEqualTo(request.resource());
    assertThat(outcome.targets()).extracting(t -> t.resource().at("/metadata/name").asString())
        .containsExactlyElementsOf(patchedNames);
  }

  @Test
  void patchesEachTargetWithTargetVariablesAndLeavesTheTriggerAlone() {
    var provider = new MutateFixtures.Existing(EXISTING);
    ResourceRequest request = create(TRIGGER);
    MutationOutcome outcome = new DefaultEngine(provider).mutate(policy(refresh("ClusterPolicy", """
        mutate:
          targets:
          - apiVersion: v1
            kind: ConfigMap
            namespace: "{{ request.object.metadata.namespace }}"
            selector: {matchLabels: {app: web}}
          patchStrategicMerge:
            metadata:
              annotations:
                refreshed-by: "{{ request.object.metadata.name }}"
                was: "{{ target.metadata.name }}"
        """)), request);
    assertThat(summary(outcome)).containsExactly("touch pass: mutated ConfigMap/settings in namespace apps");
    assertThat(outcome.patched()).isEqualTo(request.resource());
    assertThat(outcome.targets()).hasSize(1);
    PatchedTarget target = outcome.targets().get(0);
    assertThat(target.response()).isSameAs(outcome.response().rules().get(0));
    assertThat(target.resource().at("/metadata/annotations/refreshed-by").asString()).isEqualTo("creds");
    assertThat(target.resource().at("/metadata/annotations/was").asString()).isEqualTo("settings");
    assertThat(provider.queries).containsExactly(new ResourceQuery("v1", "ConfigMap", "apps", "",
        provider.queries.get(0).selector()));
    assertThat(provider.queries.get(0).selector().matchLabels()).containsEntry("app", "web");
  }

  @Test
  void keepsANamespacedPolicyInItsNamespace() {
    var provider = new MutateFixtures.Existing(EXISTING);
    KyvernoPolicy namespaced = policy(refresh("Policy", """
        mutate:
          targets:
          - {apiVersion: v1, kind: ConfigMap, namespace: shop, name: settings}
          patchStrategicMerge: {metadata: {labels: {app: web}}}
        """));
    MutationOutcome outcome = new DefaultEngine(provider).mutate(namespaced, create(TRIGGER));
    assertThat(provider.queries).extracting(ResourceQuery::namespace).containsExactly("apps");
    assertThat(summary(outcome)).containsExactly("touch skip: no patches applied");
  }

  private static Arguments row(String description, String kind, String rule, List<String> expected,
      List<String> patchedNames) {
    return Arguments.of(description, kind, rule, expected, patchedNames);
  }
}
