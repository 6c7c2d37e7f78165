package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.policy.Generation;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerationChecksTest {

  private static final String R = "spec.rules[0].generate";

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("two sources of content", "ClusterPolicy", """
            apiVersion: v1
            kind: Secret
            name: s
            namespace: x
            data: {data: {a: b}}
            clone: {namespace: default, name: s}
            """, List.of(R + ": only one of generate patterns(data, clone, cloneList and foreach) can be specified")),
        arguments("namespaced target without namespace", "ClusterPolicy", """
            apiVersion: v1
            kind: ConfigMap
            name: cm
            data: {data: {a: b}}
            """, List.of(R + ".namespace: target namespace must be set for a namespaced resource")),
        arguments("cluster-scoped target with a namespace", "ClusterPolicy", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            name: viewer
            namespace: x
            data: {rules: []}
            """, List.of(R + ".namespace: target namespace must not be set for a cluster-wide resource")),
        arguments("target without kind, name or apiVersion", "ClusterPolicy", """
            namespace: x
            data: {data: {a: b}}
            """, List.of(R + ".apiVersion: apiVersion can not be empty", R + ".kind: kind can not be empty",
                R + ".name: name can not be empty")),
        arguments("variables where the source must be found again", "ClusterPolicy", """
            apiVersion: v1
            kind: Secret
            name: s
            namespace: x
            clone: {namespace: "{{request.object.metadata.namespace}}", name: s}
            """, List.of(R + ".clone/cloneList: Generation Rule Clone/CloneList should not have variables")),
        arguments("cloneList mixing scopes", "ClusterPolicy", """
            namespace: x
            cloneList:
              namespace: default
              kinds: [v1/Secret, rbac.authorization.k8s.io/v1/ClusterRole]
            """, List.of(R + ".cloneList.kinds: mixed scope of target resources is forbidden")),
        arguments("cloneList of namespaced kinds without a namespace", "ClusterPolicy", """
            namespace: x
            cloneList:
              kinds: [v1/Secret]
            """, List.of(R + ".cloneList.namespace: namespace is required for namespaced target resources")),
        arguments("namespaced policy generating a cluster-scoped kind", "Policy", """
            apiVersion: v1
            kind: Namespace
            name: other
            data: {}
            """, List.of(R + ".namespace: target resource scope mismatched: the target must be a namespaced"
                + " resource: v1/Namespace (Policy team-a/gen, rule \"gen\")")),
        arguments("namespaced policy generating into another namespace", "Policy", """
            apiVersion: v1
            kind: ConfigMap
            name: cm
            namespace: team-b
            data: {data: {a: b}}
            """, List.of(R + ".namespace: target resource scope mismatched: a namespaced policy cannot generate"
                + " resources in other namespaces, expected: team-a, received: team-b (Policy team-a/gen, rule"
                + " \"gen\")")),
        arguments("namespaced policy cloning from another namespace", "Policy", """
            apiVersion: v1
            kind: Secret
            name: s
            namespace: team-a
            clone: {namespace: default, name: s}
            """, List.of(R + ".namespace: target resource scope mismatched: a namespaced policy cannot clone"
                + " resources from other namespaces, expected: team-a, received: default (Policy team-a/gen, rule"
                + " \"gen\")")),
        arguments("foreach declarations are checked one by one", "ClusterPolicy", """
            foreach:
            - list: request.object.spec.items
              apiVersion: v1
              kind: ConfigMap
              name: a
              data: {data: {a: b}}
            """, List.of(R + ".foreach[0].namespace: target namespace must be set for a namespaced resource")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void reportsEveryProblemOfAGenerateBlockAtItsField(String name, String kind, String generate, List<String> expected) {
    var sink = ProblemSink.withoutPositions("policy.yaml");
    KyvernoPolicy policy = PolicyParser.parse(tree(kind, generate), sink);

    assertThat(policy).isNull();
    assertThat(sink.problems().stream().filter(Problem::isError)
        .map(p -> p.path().dotted() + ": " + p.message()).sorted().toList())
        .isEqualTo(expected.stream().sorted().toList());
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        arguments("data with variables in name and namespace", "ClusterPolicy", """
            apiVersion: v1
            kind: ConfigMap
            name: "{{request.object.metadata.name}}"
            namespace: "{{request.object.metadata.name}}"
            synchronize: true
            data: {data: {a: b}}
            """),
        arguments("cluster-scoped target without namespace", "ClusterPolicy", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            name: viewer
            data: {rules: []}
            """),
        arguments("cloneList of cluster-scoped kinds", "ClusterPolicy", """
            cloneList:
              kinds: [rbac.authorization.k8s.io/v1/ClusterRole]
            """),
        arguments("namespaced policy in its own namespace", "Policy", """
            apiVersion: v1
            kind: Secret
            name: s
            namespace: team-a
            clone: {namespace: team-a, name: source}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void acceptsGenerateBlocksKyvernoAccepts(String name, String kind, String generate) {
    var sink = ProblemSink.withoutPositions("policy.yaml");
    KyvernoPolicy policy = PolicyParser.parse(tree(kind, generate), sink);

    assertThat(sink.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(policy.spec().rules().get(0).action()).isInstanceOf(Generation.class);
  }

  @Test
  void readsTheFlagsTheClusterSideUses() {
    var sink = ProblemSink.withoutPositions("policy.yaml");
    KyvernoPolicy policy = PolicyParser.parse(tree("ClusterPolicy", """
        apiVersion: v1
        kind: ConfigMap
        name: cm
        namespace: x
        synchronize: true
        orphanDownstreamOnPolicyDelete: true
        generateExisting: false
        data: {data: {a: b}}
        """), sink);

    Generation generation = (Generation) policy.spec().rules().get(0).action();
    assertThat(generation.synchronize()).isTrue();
    assertThat(generation.orphanDownstreamOnPolicyDelete()).isTrue();
    assertThat(generation.generateExisting()).contains(false);
    assertThat(generation.foreach()).isEmpty();
  }

  private static tools.jackson.databind.JsonNode tree(String kind, String generate) {
    String metadata = kind.equals("Policy") ? "{name: gen, namespace: team-a}" : "{name: gen}";
    String yaml = """
        apiVersion: kyverno.io/v1
        kind: %s
        metadata: %s
        spec:
          rules:
          - name: gen
            match:
              any:
              - resources:
                  kinds: [ConfigMap]
            generate:
        """.formatted(kind, metadata) + generate.indent(6);
    return KubeYaml.parse("policy.yaml", yaml).get(0).tree();
  }
}
