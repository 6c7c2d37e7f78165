package io.bulwark.engine.mutate;

import static io.bulwark.engine.mutate.MutateFixtures.POD;
import static io.bulwark.engine.mutate.MutateFixtures.create;
import static io.bulwark.engine.mutate.MutateFixtures.podPolicy;
import static io.bulwark.engine.mutate.MutateFixtures.policy;
import static io.bulwark.engine.mutate.MutateFixtures.summary;
import static io.bulwark.engine.mutate.MutateFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class MutationHandlerTest {

  private final DefaultEngine engine = new DefaultEngine();

  /** Rows whose rules never reach a patch: the outcome is decided before (or instead of) patching. */
  static Stream<Arguments> beforeThePatch() {
    return Stream.of(
        row("a rule for another kind gives no response", """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata: {name: p}
            spec:
              rules:
              - name: r
                match: {any: [{resources: {kinds: [Service]}}]}
                mutate: {patchStrategicMerge: {metadata: {labels: {x: y}}}}
            """, List.of()),
        row("preconditions not met skip the rule", podPolicy("""
            preconditions:
              all:
              - key: "{{ request.object.metadata.labels.app }}"
                operator: Equals
                value: db
            mutate: {patchStrategicMerge: {metadata: {labels: {x: y}}}}
            """), List.of("r skip: preconditions not met")),
        row("a precondition's message follows the skip", podPolicy("""
            preconditions:
              any:
              - key: "{{ request.object.metadata.labels.app }}"
                operator: Equals
                value: db
                message: not a database
            mutate: {patchStrategicMerge: {metadata: {labels: {x: y}}}}
            """), List.of("r skip: preconditions not met; not a database")),
        row("a precondition that cannot be evaluated is an error", podPolicy("""
            preconditions:
              all:
              - key: "{{ request.object.metadata.labels.missing }}"
                operator: Equals
                value: db
            mutate: {patchStrategicMerge: {metadata: {labels: {x: y}}}}
            """), List.of("r error: failed to evaluate preconditions: failed to substitute variables in condition"
            + " key: failed to resolve request.object.metadata.labels.missing at path : JMESPath query failed:"
            + " Unknown key \"missing\" in path")),
        row("an unresolvable variable in the patch is a rule error naming it", podPolicy("""
            mutate:
              patchStrategicMerge:
                metadata:
                  labels:
                    team: "{{ request.object.metadata.labels.team }}"
            """), List.of("r error: variable substitution failed: failed to resolve"
            + " request.object.metadata.labels.team at path /mutate/patchStrategicMerge/metadata/labels/team:"
            + " JMESPath query failed: Unknown key \"team\" in path")),
        row("a variable elsewhere in the rule must resolve too", podPolicy("""
            context:
            - name: unused
              variable:
                value: "{{ request.object.spec.nodeName }}"
                default: none
            mutate:
              patchStrategicMerge:
                metadata: {labels: {x: y}}
            """), List.of("r error: variable substitution failed: failed to resolve request.object.spec.nodeName"
            + " at path /context/0/variable/value: JMESPath query failed: Unknown key \"nodeName\" in path")),
        row("a mutate block without a patch is an error", podPolicy("""
            mutate: {mutateExistingOnPolicyUpdate: false}
            """), List.of("r error: empty mutate rule")),
        row("a foreach whose elements all fail their preconditions is skipped", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                preconditions:
                  all:
                  - {key: "{{ element.name }}", operator: Equals, value: zzz}
                patchStrategicMerge:
                  metadata: {labels: {x: y}}
            """), List.of("r skip: 0 elements processed")),
        row("a foreach list that cannot be evaluated is an error", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.volumes
                patchStrategicMerge:
                  metadata: {labels: {x: y}}
            """), List.of("r error: failed to evaluate list request.object.spec.volumes: JMESPath query failed:"
            + " Unknown key \"volumes\" in path")),
        row("an element's unresolvable variable fails the whole foreach", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                patchStrategicMerge:
                  metadata:
                    labels:
                      x: "{{ element.ports }}"
            """), List.of("r error: failed to mutate elements: variable substitution failed: failed to resolve"
            + " element.ports at path /patchStrategicMerge/metadata/labels/x: JMESPath query failed: Unknown key"
            + " \"ports\" in path")),
        row("an element's precondition error names the element", podPolicy("""
            mutate:
              foreach:
              - list: request.object.spec.containers
                order: Ascending
                preconditions:
                  all:
                  - {key: "{{ element.ports }}", operator: Equals, value: x}
                patchesJson6902: "[]"
            """), List.of("r error: failed to mutate elements: failed to evaluate mutate.foreach[0].preconditions:"
            + " failed to substitute variables in condition key: failed to resolve element.ports at path :"
            + " JMESPath query failed: Unknown key \"ports\" in path")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beforeThePatch")
  void decidesBeforePatching(String description, String policy, List<String> expected) {
    ResourceRequest request = create(POD);
    MutationOutcome outcome = engine.mutate(policy(policy), request);
    assertThat(summary(outcome)).containsExactlyElementsOf(expected);
    assertThat(outcome.patched()).isEqualTo(request.resource());
    assertThat(outcome.targets()).isEmpty();
  }

  @Test
  void leavesDeletedObjectsAlone() {
    JsonNode pod = yaml(POD);
    var request = MutateFixtures.request(Operation.DELETE, null, pod);
    MutationOutcome outcome = engine.mutate(policy(podPolicy("""
        mutate: {patchStrategicMerge: {metadata: {labels: {x: y}}}}
        """)), request);
    assertThat(outcome.response().rules()).isEmpty();
    assertThat(outcome.patched()).isEqualTo(pod);
  }

  @Test
  void skipsRulesExemptedByAPolicyExceptionAfterTheirPreconditions() {
    var exceptions = MutateFixtures.exceptions("""
        apiVersion: kyverno.io/v2
        kind: PolicyException
        metadata: {name: let-web-be, namespace: default}
        spec:
          exceptions:
          - policyName: p
            ruleNames: [r]
          match:
            any:
            - resources: {kinds: [Pod], names: [web]}
        """);
    var exempting = new DefaultEngine(ContextProvider.NONE, exceptions);
    MutationOutcome outcome = exempting.mutate(policy(podPolicy("""
        mutate: {patchStrategicMerge: {metadata: {labels: {x: y}}}}
        """)), create(POD));
    assertThat(summary(outcome)).containsExactly("r skip: rule is skipped due to policy exceptionsdefault/let-web-be");
    assertThat(outcome.response().rules().get(0).properties()).containsEntry("exceptions", "let-web-be");
  }

  private static Arguments row(String description, String policy, List<String> expected) {
    return Arguments.of(description, policy, expected);
  }
}
