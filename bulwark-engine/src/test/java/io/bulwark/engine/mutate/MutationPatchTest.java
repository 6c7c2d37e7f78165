package io.bulwark.engine.mutate;

import static io.bulwark.engine.mutate.MutateFixtures.POD;
import static io.bulwark.engine.mutate.MutateFixtures.create;
import static io.bulwark.engine.mutate.MutateFixtures.podPolicy;
import static io.bulwark.engine.mutate.MutateFixtures.policy;
import static io.bulwark.engine.mutate.MutateFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.DefaultEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutate rules that reach their patch, through {@link DefaultEngine#mutate}: the responses, and
 * the patched object checked at JSON pointers (a pointer mapped to {@code null} must be absent).
 */
class MutationPatchTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MUTATED = "pass: mutated Pod/web in namespace default";

  static Stream<Arguments> rules() {
    return Stream.of(
        row("patchStrategicMerge adds a label", podPolicy("""
            mutate: {patchStrategicMerge: {metadata: {labels: {team: blue}}}}
            """), List.of("r " + MUTATED), at("/metadata/labels/team", "'blue'", "/metadata/labels/app", "'web'")),
        row("a patch that changes nothing is skipped", podPolicy("""
            mutate: {patchStrategicMerge: {metadata: {labels: {app: web}}}}
            """), List.of("r skip: no patches applied"), at("/metadata/labels/app", "'web'")),
        row("variables and context entries feed the patch", podPolicy("""
            context:
            - name: first
              variable: {jmesPath: "request.object.spec.containers[0].name"}
            mutate:
              patchStrategicMerge:
                metadata:
                  labels:
                    first: "{{ first }}"
                    count: "n{{ length(request.object.spec.containers) }}"
            """), List.of("r " + MUTATED), at("/metadata/labels/first", "'a'", "/metadata/labels/count", "'n3'")),
        row("patchesJson6902 adds and substitutes", podPolicy("""
            mutate:
              patchesJson6902: |-
                - op: add
                  path: /metadata/annotations
                  value: {owner: "{{ request.object.metadata.labels.app }}"}
            """), List.of("r " + MUTATED), at("/metadata/annotations/owner", "'web'")),
        row("removing a missing path changes nothing", podPolicy("""
            mutate:
              patchesJson6902: |-
                - op: remove
                  path: /metadata/annotations/nothing
            """), List.of("r skip: no patches applied"), at("/metadata/annotations", null)),
        row("a patch that cannot apply is an error", podPolicy("""
            mutate:
              patchesJson6902: |-
                - op: replace
                  path: /spec/nothing/here
                  value: 1
            """), List.of("r error: failed to patch resource: *"), at("/spec/nothing", null)),
        row("each rule sees the object the rules before it patched", twoRules("""
            mutate: {patchStrategicMerge: {metadata: {labels: {team: blue}}}}
            """, """
            preconditions:
              all:
              - {key: "{{ request.object.metadata.labels.team || '' }}", operator: Equals, value: blue}
            mutate: {patchStrategicMerge: {metadata: {labels: {seen: "{{ request.object.metadata.labels.team }}"}}}}
            """, ""), List.of("r " + MUTATED, "s " + MUTATED), at("/metadata/labels/seen", "'blue'")),
        row("applyRules One stops after the first rule that applied", twoRules("""
            mutate: {patchStrategicMerge: {metadata: {labels: {first: x}}}}
            """, """
            mutate: {patchStrategicMerge: {metadata: {labels: {second: x}}}}
            """, "applyRules: One"), List.of("r " + MUTATED),
            at("/metadata/labels/first", "'x'", "/metadata/labels/second", null)),
        row("applyRules One goes on past skipped rules", twoRules("""
            mutate: {patchStrategicMerge: {metadata: {labels: {app: web}}}}
            """, """
            mutate: {patchStrategicMerge: {metadata: {labels: {second: x}}}}
            """, "applyRules: One"), List.of("r skip: no patches applied", "s " + MUTATED),
            at("/metadata/labels/second", "'x'")),
        row("a failing rule leaves the object as the rules before it left it", threeRules("""
            mutate: {patchStrategicMerge: {metadata: {labels: {first: x}}}}
            """, """
            mutate:
              patchStrategicMerge:
                metadata: {labels: {second: x, team: "{{ request.object.metadata.labels.team }}"}}
            """, """
            mutate: {patchStrategicMerge: {metadata: {labels: {third: x}}}}
            """), List.of("r " + MUTATED, "s error: variable substitution failed: *", "t " + MUTATED),
            at("/metadata/labels/first", "'x'", "/metadata/labels/second", null, "/metadata/labels/third", "'x'")),
        row("foreach patchStrategicMerge goes through the list backwards by default", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                patchStrategicMerge:
                  metadata: {annotations: {last: "{{ element.name }}-{{ elementIndex }}"}}
            """), List.of("r " + MUTATED), at("/metadata/annotations/last", "'a-0'")),
        row("foreach order Ascending overrides it", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                order: Ascending
                patchStrategicMerge:
                  metadata: {annotations: {last: "{{ element.name }}-{{ elementIndex }}"}}
            """), List.of("r " + MUTATED), at("/metadata/annotations/last", "'c-2'")),
        row("foreach patchesJson6902 goes forwards by default", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                patchesJson6902: |-
                  - {op: add, path: /metadata/labels/last, value: "{{ element.name }}"}
            """), List.of("r " + MUTATED), at("/metadata/labels/last", "'c'")),
        row("foreach order Descending reverses it", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                order: Descending
                patchesJson6902: |-
                  - {op: add, path: /metadata/labels/last, value: "{{ element.name }}"}
            """), List.of("r " + MUTATED), at("/metadata/labels/last", "'a'")),
        row("elementIndex addresses the element in a JSON patch path", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                preconditions:
                  all:
                  - {key: "{{ element.name }}", operator: NotEquals, value: b}
                patchesJson6902: |-
                  - {op: add, path: "/spec/containers/{{ elementIndex }}/imagePullPolicy", value: Always}
            """), List.of("r " + MUTATED), at("/spec/containers/0/imagePullPolicy", "'Always'",
            "/spec/containers/1/imagePullPolicy", null, "/spec/containers/2/imagePullPolicy", "'Always'")),
        row("within one list every element sees the object as the list began", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                order: Ascending
                patchStrategicMerge:
                  metadata:
                    labels:
                      "{{ element.name }}": "n{{ length(keys(request.object.metadata.labels)) }}"
            """), List.of("r " + MUTATED), at("/metadata/labels/a", "'n1'", "/metadata/labels/c", "'n1'")),
        row("the next list sees the object the previous one patched", podPolicy("""
            mutate:
              foreach:
              - list: "[request.object.metadata.name]"
                patchStrategicMerge: {metadata: {labels: {named: "{{ element }}"}}}
              - list: request.object.spec.containers
                preconditions:
                  all:
                  - {key: "{{ request.object.metadata.labels.named || '' }}", operator: Equals, value: web}
                patchStrategicMerge: {metadata: {labels: {seen: "yes"}}}
            """), List.of("r " + MUTATED), at("/metadata/labels/named", "'web'", "/metadata/labels/seen", "'yes'")),
        row("nested foreach numbers its elements by depth", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                order: Ascending
                foreach:
                - list: "[element.name, element.image]"
                  patchesJson6902: |-
                    - op: add
                      path: "/metadata/labels/c{{ elementIndex0 }}-{{ elementIndex1 }}"
                      value: "{{ element0.name }}"
            """), List.of("r " + MUTATED), at("/metadata/labels/c0-0", "'a'", "/metadata/labels/c2-1", "'c'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void patchesAndReportsAsKyverno(String description, String policy, List<String> expected, Map<String, String> at) {
    MutationOutcome outcome = new DefaultEngine().mutate(policy(policy), create(POD));
    List<String> actual = summary(outcome);
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i);
      if (want.endsWith("*")) {
        assertThat(actual.get(i)).startsWith(want.substring(0, want.length() - 1));
      } else {
        assertThat(actual.get(i)).isEqualTo(want);
      }
    }
    for (var check : at.entrySet()) {
      JsonNode value = outcome.patched().at(check.getKey());
      if (check.getValue() == null) {
        assertThat(value.isMissingNode()).as(check.getKey() + " absent").isTrue();
      } else {
        assertThat(value).as(check.getKey()).isEqualTo(JSON.readTree(check.getValue().replace('\'', '"')));
      }
    }
  }

  static Stream<Arguments> controllers() {
    String foreachPatch = """
        mutate:
          foreach:
          - list: request.object.spec.containers
            patchStrategicMerge:
              metadata: {labels: {"{{ element.name }}": seen}}
        """;
    String json6902 = """
        mutate:
          patchesJson6902: |-
            - {op: add, path: /metadata/labels/a, value: seen}
        """;
    String deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: default}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: a, image: nginx}]
        """;
    String cronJob = """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly, namespace: default}
        spec:
          schedule: "0 0 * * *"
          jobTemplate:
            spec:
              template:
                metadata: {labels: {app: nightly}}
                spec:
                  containers: [{name: a, image: busybox}]
        """;
    return Stream.of(
        Arguments.of("a Deployment through autogen-r", foreachPatch, deployment,
            List.of("autogen-r pass: mutated Deployment/web in namespace default"), "/spec/template/metadata/labels/a"),
        Arguments.of("a CronJob through autogen-cronjob-r", foreachPatch, cronJob,
            List.of("autogen-cronjob-r pass: mutated CronJob/nightly in namespace default"),
            "/spec/jobTemplate/spec/template/metadata/labels/a"),
        Arguments.of("no autogen with patchesJson6902", json6902, deployment, List.of(), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controllers")
  void mutatesPodControllersThroughAutogenRules(String description, String rule, String controller,
      List<String> expected, String labelAt) {
    String policy = """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata: {name: p}
        spec:
          rules:
          - name: r
            match: {any: [{resources: {kinds: [Pod]}}]}
        """ + rule.indent(4);
    MutationOutcome outcome = new DefaultEngine().mutate(policy(policy), create(controller));
    assertThat(summary(outcome)).containsExactlyElementsOf(expected);
    if (labelAt != null) {
      assertThat(outcome.patched().at(labelAt).asString()).isEqualTo("seen");
    }
    assertThat(outcome.patched().at("/metadata/labels").isMissingNode()).isTrue();
  }

  private static String twoRules(String first, String second, String specExtra) {
    return policyWith(specExtra, "r", first, "s", second);
  }

  private static String threeRules(String first, String second, String third) {
    return policyWith("", "r", first, "s", second, "t", third);
  }

  private static String policyWith(String specExtra, String... namesAndBodies) {
    var out = new StringBuilder("""
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: p
          annotations: {pod-policies.kyverno.io/autogen-controllers: none}
        spec:
        """);
    if (!specExtra.isEmpty()) {
      out.append("  ").append(specExtra).append('\n');
    }
    out.append("  rules:\n");
    for (int i = 0; i < namesAndBodies.length; i += 2) {
      out.append("  - name: ").append(namesAndBodies[i]).append('\n');
      out.append("    match: {any: [{resources: {kinds: [Pod]}}]}\n");
      out.append(namesAndBodies[i + 1].indent(4));
    }
    return out.toString();
  }

  /** Pointer, expected JSON (single quotes for double), pairs; null expects the pointer absent. */
  private static Map<String, String> at(String... pointersAndValues) {
    Map<String, String> checks = new LinkedHashMap<>();
    for (int i = 0; i < pointersAndValues.length; i += 2) {
      checks.put(pointersAndValues[i], pointersAndValues[i + 1]);
    }
    return checks;
  }

  private static Arguments row(String description, String policy, List<String> expected, Map<String, String> at) {
    return Arguments.of(description, policy, expected, at);
  }
}
