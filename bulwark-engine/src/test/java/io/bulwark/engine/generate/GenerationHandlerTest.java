package io.bulwark.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.load.PolicyParser;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.ResourceQuery;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class GenerationHandlerTest {

  private static final String NAMESPACE = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: team-a
        uid: "1234"
        labels:
          env: prod
      """;
  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
      spec:
        selector:
          matchLabels:
            app: web
      """;
  private static final String SECRET = """
      apiVersion: v1
      kind: Secret
      metadata:
        name: regcred
        namespace: default
        uid: source-uid
        resourceVersion: "42"
        creationTimestamp: "2024-01-01T00:00:00Z"
        ownerReferences:
        - kind: Thing
          name: owner
        labels:
          team: core
      data:
        key: dmFsdWU=
      """;

  static Stream<Arguments> statuses() {
    return Stream.of(
        arguments("matching trigger passes with an empty message", rule("""
            generate: {apiVersion: v1, kind: ConfigMap, name: cm, namespace: x, data: {data: {a: b}}}
            """), RuleStatus.PASS, ""),
        arguments("preconditions that do not hold skip", rule("""
            preconditions:
              all:
              - key: "{{ request.object.metadata.labels.env }}"
                operator: Equals
                value: dev
            generate: {apiVersion: v1, kind: ConfigMap, name: cm, namespace: x, data: {data: {a: b}}}
            """), RuleStatus.SKIP, ""),
        arguments("preconditions that cannot be evaluated error", rule("""
            preconditions:
              all:
              - key: "{{ request.object.metadata.missing.deeper }}"
                operator: Equals
                value: dev
            generate: {apiVersion: v1, kind: ConfigMap, name: cm, namespace: x, data: {data: {a: b}}}
            """), RuleStatus.ERROR, "failed to evaluate conditions: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void reportsRuleStatusesAsKyvernoBackgroundChecks(String name, String policy, RuleStatus status, String message) {
    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.response().rules()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(status);
      assertThat(r.type()).isEqualTo("Generation");
      assertThat(r.message()).startsWith(message);
    });
  }

  @Test
  void givesNoResponseWhenTheRuleDoesNotSelectTheTrigger() {
    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(rule("""
        generate: {apiVersion: v1, kind: ConfigMap, name: cm, namespace: x, data: {data: {a: b}}}
        """)), create(DEPLOYMENT));

    assertThat(outcome.response().rules()).isEmpty();
    assertThat(outcome.resources()).isEmpty();
  }

  @Test
  void createsDataTargetsWithVariablesSubstitutedAndKyvernoLabels() {
    String policy = """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: pdb
        spec:
          rules:
          - name: create-pdb
            match:
              any:
              - resources:
                  kinds: [Deployment]
            generate:
              apiVersion: policy/v1
              kind: PodDisruptionBudget
              name: "{{request.object.metadata.name}}-pdb"
              namespace: "{{request.object.metadata.namespace}}"
              data:
                metadata:
                  labels:
                    owner: platform
                spec:
                  minAvailable: 1
                  selector: "{{request.object.spec.selector}}"
        """;

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(DEPLOYMENT));

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.resources()).singleElement().satisfies(d -> {
      assertThat(d.action()).isEqualTo(Downstream.Action.CREATE);
      assertThat(d.rule()).isEqualTo("create-pdb");
      assertThat(d.object()).isEqualTo(yaml("""
          apiVersion: policy/v1
          kind: PodDisruptionBudget
          metadata:
            labels:
              owner: platform
              app.kubernetes.io/managed-by: kyverno
              generate.kyverno.io/policy-name: pdb
              generate.kyverno.io/policy-namespace: ""
              generate.kyverno.io/rule-name: create-pdb
              generate.kyverno.io/trigger-version: v1
              generate.kyverno.io/trigger-group: apps
              generate.kyverno.io/trigger-kind: Deployment
              generate.kyverno.io/trigger-namespace: shop
              generate.kyverno.io/trigger-uid: ""
            name: web-pdb
            namespace: shop
          spec:
            minAvailable: 1
            selector:
              matchLabels:
                app: web
          """));
    });
  }

  static Stream<Arguments> existingTargets() {
    String existing = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cm
          namespace: team-a
          resourceVersion: "7"
        data:
          a: old
        """;
    return Stream.of(
        arguments("not synchronized: left alone", "false", existing, List.of()),
        arguments("synchronized and different: updated", "true", existing, List.of(Downstream.Action.UPDATE)),
        arguments("absent: created", "true", null, List.of(Downstream.Action.CREATE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("existingTargets")
  void comparesDataTargetsWithWhatExists(String name, String synchronize, String existing,
      List<Downstream.Action> actions) {
    String policy = rule("""
        generate:
          synchronize: %s
          apiVersion: v1
          kind: ConfigMap
          name: cm
          namespace: "{{request.object.metadata.name}}"
          data:
            data:
              a: new
        """.formatted(synchronize));
    ContextProvider cluster = existing == null ? ContextProvider.NONE : cluster(yaml(existing));

    GenerationOutcome outcome = engine(cluster).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.resources()).extracting(Downstream::action).isEqualTo(actions);
    if (actions.equals(List.of(Downstream.Action.UPDATE))) {
      assertThat(outcome.resources().get(0).object().path("metadata").path("resourceVersion").asString())
          .isEqualTo("7");
      assertThat(outcome.resources().get(0).object().path("data").path("a").asString()).isEqualTo("new");
    }
  }

  @Test
  void clonesASourceWithoutItsServerFieldsAndLabelsWhereItCameFrom() {
    String policy = rule("""
        generate:
          apiVersion: v1
          kind: Secret
          name: regcred
          namespace: "{{request.object.metadata.name}}"
          clone:
            namespace: default
            name: regcred
        """);

    GenerationOutcome outcome = engine(cluster(yaml(SECRET))).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.resources()).singleElement().satisfies(d -> {
      assertThat(d.action()).isEqualTo(Downstream.Action.CREATE);
      JsonNode metadata = d.object().path("metadata");
      assertThat(metadata.path("namespace").asString()).isEqualTo("team-a");
      assertThat(metadata.has("uid")).isFalse();
      assertThat(metadata.has("resourceVersion")).isFalse();
      assertThat(metadata.has("creationTimestamp")).isFalse();
      assertThat(metadata.has("ownerReferences")).isFalse();
      assertThat(metadata.path("labels").path("team").asString()).isEqualTo("core");
      assertThat(metadata.path("labels").path("generate.kyverno.io/clone-source").asString("?")).isEmpty();
      assertThat(metadata.path("labels").path("generate.kyverno.io/source-namespace").asString()).isEqualTo("default");
      assertThat(metadata.path("labels").path("generate.kyverno.io/source-uid").asString()).isEqualTo("source-uid");
      assertThat(metadata.path("labels").path("generate.kyverno.io/trigger-uid").asString()).isEqualTo("1234");
      assertThat(d.object().path("data").path("key").asString()).isEqualTo("dmFsdWU=");
    });
  }

  @Test
  void reportsAMissingCloneSourceAsAFailureWhileTheRulePasses() {
    String policy = rule("""
        generate:
          apiVersion: v1
          kind: Secret
          name: regcred
          namespace: "{{request.object.metadata.name}}"
          clone: {namespace: default, name: regcred}
        """);

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.response().rules()).extracting(RuleResponse::status).containsExactly(RuleStatus.PASS);
    assertThat(outcome.resources()).isEmpty();
    assertThat(outcome.failures()).extracting(GenerationOutcome.Failure::message)
        .containsExactly("source resource v1/Secret/default/regcred not found");
  }

  @Test
  void deletesASynchronizedCloneWhoseSourceIsGone() {
    String policy = rule("""
        generate:
          synchronize: true
          apiVersion: v1
          kind: Secret
          name: regcred
          namespace: "{{request.object.metadata.name}}"
          clone: {namespace: default, name: regcred}
        """);
    JsonNode downstream = yaml("""
        apiVersion: v1
        kind: Secret
        metadata: {name: regcred, namespace: team-a}
        """);

    GenerationOutcome outcome = engine(cluster(downstream)).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.resources()).singleElement().satisfies(d -> {
      assertThat(d.action()).isEqualTo(Downstream.Action.DELETE);
      assertThat(d.object()).isEqualTo(downstream);
    });
  }

  @Test
  void clonesEverySelectedSourceOfACloneList() {
    String policy = rule("""
        generate:
          namespace: "{{request.object.metadata.name}}"
          cloneList:
            namespace: default
            kinds: [v1/Secret, v1/ConfigMap]
            selector:
              matchLabels:
                sync: "true"
        """);
    ContextProvider cluster = cluster(
        yaml("{apiVersion: v1, kind: Secret, metadata: {name: a, namespace: default, labels: {sync: 'true'}}}"),
        yaml("{apiVersion: v1, kind: Secret, metadata: {name: b, namespace: default}}"),
        yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: default, labels: {sync: 'true'}}}"),
        yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: d, namespace: other, labels: {sync: 'true'}}}"));

    GenerationOutcome outcome = engine(cluster).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.resources()).extracting(d -> d.kind() + "/" + d.namespace() + "/" + d.name())
        .containsExactly("Secret/team-a/a", "ConfigMap/team-a/c");
  }

  @Test
  void generatesOneResourcePerForeachElement() {
    String policy = rule("""
        generate:
          foreach:
          - list: "request.object.metadata.labels | keys(@)"
            apiVersion: v1
            kind: ConfigMap
            name: "label-{{ element }}-{{ elementIndex }}"
            namespace: "{{ request.object.metadata.name }}"
            data:
              data:
                value: "{{ element }}"
        """);
    String trigger = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
          labels: {env: prod, tier: gold}
        """;

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(trigger));

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.resources()).extracting(Downstream::name).containsExactly("label-env-0", "label-tier-1");
  }

  @Test
  void aTriggerThatLeavesTheRuleFailsItAndDeletesSynchronizedDownstream() {
    String policy = """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata: {name: quota}
        spec:
          rules:
          - name: quota
            match:
              any:
              - resources:
                  kinds: [Namespace]
                  selector:
                    matchLabels: {env: prod}
            generate:
              synchronize: true
              apiVersion: v1
              kind: ResourceQuota
              name: default
              namespace: "{{request.object.metadata.name}}"
              data: {spec: {hard: {pods: "10"}}}
        """;
    JsonNode old = yaml(NAMESPACE);
    JsonNode relabelled = yaml(NAMESPACE.replace("env: prod", "env: dev"));
    var update = new ResourceRequest(relabelled, old, Operation.UPDATE, RequestInfo.EMPTY, Map.of(), null, "");

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), update);

    assertThat(outcome.response().rules()).extracting(RuleResponse::status).containsExactly(RuleStatus.FAIL);
    assertThat(outcome.resources()).singleElement().satisfies(d -> {
      assertThat(d.action()).isEqualTo(Downstream.Action.DELETE);
      assertThat(d.kind() + "/" + d.namespace() + "/" + d.name()).isEqualTo("ResourceQuota/team-a/default");
    });
  }

  @Test
  void aDeletedTriggerDeletesEveryForeachDownstreamOfASynchronizedRule() {
    String policy = rule("""
        generate:
          synchronize: true
          foreach:
          - list: "request.object.metadata.labels | keys(@)"
            apiVersion: v1
            kind: ConfigMap
            name: "label-{{ element }}"
            namespace: "{{ request.object.metadata.name }}"
            data: {data: {a: b}}
        """);
    var delete = new ResourceRequest(null, yaml(NAMESPACE), Operation.DELETE, RequestInfo.EMPTY, Map.of(), null, "");

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), delete);

    assertThat(outcome.response().rules()).extracting(RuleResponse::status).containsExactly(RuleStatus.FAIL);
    assertThat(outcome.resources()).extracting(d -> d.action() + " " + d.namespace() + "/" + d.name())
        .containsExactly("DELETE team-a/label-env");
  }

  @Test
  void aRuleThatAsksForDeleteGeneratesWhenItsTriggerIsDeleted() {
    String policy = """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata: {name: audit}
        spec:
          rules:
          - name: event-on-delete
            match:
              any:
              - resources:
                  kinds: [Secret]
                  operations: [DELETE]
            generate:
              apiVersion: v1
              kind: Event
              name: "deleted-{{ request.object.metadata.name }}"
              namespace: "{{ request.object.metadata.namespace }}"
              data:
                involvedObject:
                  uid: "{{ request.oldObject.metadata.uid }}"
                reason: Delete
        """;
    JsonNode secret = yaml("{apiVersion: v1, kind: Secret, metadata: {name: token, namespace: app, uid: s-1}}");
    var delete = new ResourceRequest(null, secret, Operation.DELETE, RequestInfo.EMPTY, Map.of(), null, "");

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), delete);

    assertThat(outcome.response().rules()).extracting(RuleResponse::status).containsExactly(RuleStatus.FAIL);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.resources()).singleElement().satisfies(d -> {
      assertThat(d.action()).isEqualTo(Downstream.Action.CREATE);
      assertThat(d.namespace() + "/" + d.name()).isEqualTo("app/deleted-token");
      assertThat(d.object().path("involvedObject").path("uid").asString()).isEqualTo("s-1");
    });
  }

  @Test
  void stopsAtTheFirstRuleThatDidNotSkipWhenApplyRulesIsOne() {
    String policy = """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata: {name: one}
        spec:
          applyRules: One
          rules:
          - name: first
            match: {any: [{resources: {kinds: [Namespace]}}]}
            generate: {apiVersion: v1, kind: ConfigMap, name: a, namespace: x, data: {data: {a: b}}}
          - name: second
            match: {any: [{resources: {kinds: [Namespace]}}]}
            generate: {apiVersion: v1, kind: ConfigMap, name: b, namespace: x, data: {data: {a: b}}}
        """;

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.response().rules()).extracting(RuleResponse::name).containsExactly("first");
    assertThat(outcome.resources()).extracting(Downstream::name).containsExactly("a");
  }

  @Test
  void keepsANamespacedPolicyInItsNamespaceAfterSubstitution() {
    String policy = """
        apiVersion: kyverno.io/v1
        kind: Policy
        metadata: {name: local, namespace: team-a}
        spec:
          rules:
          - name: cm
            match: {any: [{resources: {kinds: [ConfigMap]}}]}
            generate:
              apiVersion: v1
              kind: ConfigMap
              name: copy
              namespace: team-a
              data: {data: {a: b}}
        """;
    String trigger = "{apiVersion: v1, kind: ConfigMap, metadata: {name: t, namespace: team-a}}";

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(trigger));

    assertThat(outcome.resources()).extracting(Downstream::namespace).containsExactly("team-a");
    assertThat(outcome.response().policy().isNamespaced()).isTrue();
  }

  @Test
  void reportsAForeachListThatCannotBeEvaluatedAsAFailure() {
    String policy = rule("""
        generate:
          foreach:
          - list: "request.object.spec.missing"
            apiVersion: v1
            kind: ConfigMap
            name: "{{ element }}"
            namespace: x
            data: {data: {a: b}}
        """);

    GenerationOutcome outcome = engine(ContextProvider.NONE).generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.response().rules()).extracting(RuleResponse::status).containsExactly(RuleStatus.PASS);
    assertThat(outcome.resources()).isEmpty();
    assertThat(outcome.failures()).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("failed to evaluate 0 foreach list: "));
  }

  @Test
  void skipsARuleAPolicyExceptionNames() {
    var sink = ProblemSink.withoutPositions("exception.yaml");
    var exception = io.bulwark.api.load.PolicyExceptionLoader.parse(yaml("""
        apiVersion: kyverno.io/v2
        kind: PolicyException
        metadata: {name: team-a-free, namespace: kyverno}
        spec:
          exceptions:
          - policyName: gen
            ruleNames: [gen]
          match:
            any:
            - resources:
                kinds: [Namespace]
                names: [team-a]
        """), sink);
    String policy = rule("""
        generate: {apiVersion: v1, kind: ConfigMap, name: cm, namespace: x, data: {data: {a: b}}}
        """);

    GenerationOutcome outcome = new DefaultEngine(ContextProvider.NONE, List.of(exception))
        .generate(policy(policy), create(NAMESPACE));

    assertThat(outcome.response().rules()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(RuleStatus.SKIP);
      assertThat(r.message()).isEqualTo("rule is skipped due to policy exception kyverno/team-a-free");
    });
    assertThat(outcome.resources()).isEmpty();
  }

  private static DefaultEngine engine(ContextProvider provider) {
    return new DefaultEngine(provider);
  }

  /** A ClusterPolicy named {@code gen} with one rule {@code gen} matching Namespaces. */
  private static String rule(String body) {
    return """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: gen
        spec:
          rules:
          - name: gen
            match:
              any:
              - resources:
                  kinds: [Namespace]
        """ + body.indent(4);
  }

  private static KyvernoPolicy policy(String yaml) {
    var sink = ProblemSink.withoutPositions("policy.yaml");
    KyvernoPolicy policy = PolicyParser.parse(yaml(yaml), sink);
    assertThat(sink.problems()).as("policy problems").filteredOn(p -> p.isError()).isEmpty();
    return policy;
  }

  private static ResourceRequest create(String resource) {
    return ResourceRequest.create(yaml(resource));
  }

  private static JsonNode yaml(String text) {
    return KubeYaml.parse("test.yaml", text).get(0).tree();
  }

  /** A cluster holding exactly these objects. */
  private static ContextProvider cluster(JsonNode... objects) {
    List<JsonNode> all = List.of(objects);
    return new ContextProvider() {
      @Override
      public List<JsonNode> resources(ResourceQuery query) {
        return all.stream().filter(query::matches).toList();
      }
    };
  }
}
