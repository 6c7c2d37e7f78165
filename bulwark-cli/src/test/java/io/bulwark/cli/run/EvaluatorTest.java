package io.bulwark.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.engine.Engine;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EvaluatorTest {

  private static final String POLICIES = """
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: check-label}
      spec:
        rules:
        - name: check
          match: {any: [{resources: {kinds: [Pod]}}]}
          validate: {pattern: {metadata: {labels: {first: "?*"}}}}
      ---
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: first}
      spec:
        rules:
        - name: label
          match: {any: [{resources: {kinds: [Pod]}}]}
          mutate: {patchStrategicMerge: {metadata: {labels: {first: "yes"}}}}
      ---
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: second}
      spec:
        rules:
        - name: label
          match: {any: [{resources: {kinds: [Pod]}}]}
          mutate: {patchStrategicMerge: {metadata: {labels: {second: "yes"}}}}
      """;

  private static final JsonNode POD = KubeYaml.parse("pod.yaml", """
      apiVersion: v1
      kind: Pod
      metadata: {name: nginx, namespace: default}
      """).get(0).tree();

  /**
   * Mutates by adding a label named after the policy (and records the labels each policy saw);
   * validates by passing when the resource carries the {@code first} label.
   */
  private static final class RecordingEngine implements Engine {
    final List<String> seen = new ArrayList<>();

    @Override
    public MutationOutcome mutate(KyvernoPolicy policy, ResourceRequest request) {
      seen.add(policy.name() + " saw " + request.subject().path("metadata").path("labels"));
      ObjectNode patched = (ObjectNode) request.subject().deepCopy();
      ObjectNode metadata = (ObjectNode) patched.get("metadata");
      ObjectNode labels = metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
      labels.put(policy.name(), "yes");
      var rule = RuleResponse.of("label", "Mutation", RuleStatus.PASS, "mutated resource");
      return new MutationOutcome(new PolicyResponse(policy, request.subject(), List.of(rule)), patched);
    }

    @Override
    public io.bulwark.engine.generate.GenerationOutcome generate(KyvernoPolicy policy, ResourceRequest request) {
      seen.add(policy.name() + " generate");
      return new io.bulwark.engine.generate.GenerationOutcome(new PolicyResponse(policy, request.subject(), List.of()),
          List.of(), List.of());
    }

    @Override
    public PolicyResponse validate(KyvernoPolicy policy, ResourceRequest request) {
      boolean labelled = request.subject().path("metadata").path("labels").has("first");
      seen.add(policy.name() + " validated " + request.subject().path("metadata").path("labels"));
      return new PolicyResponse(policy, request.subject(), List.of(RuleResponse.of("check", "Validation",
          labelled ? RuleStatus.PASS : RuleStatus.FAIL, labelled ? "ok" : "no label")));
    }
  }

  private static List<KyvernoPolicy> policies() {
    return PolicyLoader.load(KubeYaml.parse("policies.yaml", POLICIES)).items();
  }

  @Test
  void mutatesInPolicyOrderThenValidatesTheMutatedResource() {
    var engine = new RecordingEngine();
    Evaluation evaluation = new Evaluator(engine).run(policies(), POD, Evaluator.Options.defaults());

    assertThat(engine.seen).containsExactly(
        "first saw ",
        "second saw {\"first\":\"yes\"}",
        "check-label validated {\"first\":\"yes\",\"second\":\"yes\"}");
    assertThat(evaluation.patched().path("metadata").path("labels").toString())
        .isEqualTo("{\"first\":\"yes\",\"second\":\"yes\"}");
    assertThat(evaluation.resource()).isSameAs(POD);
    assertThat(evaluation.responses()).extracting(r -> r.policy().name()).containsExactly("first", "second",
        "check-label");
    assertThat(evaluation.validations().get(0).rules().get(0).status()).isEqualTo(RuleStatus.PASS);
  }

  @Test
  void eachAnswerCarriesTheResourceAsItStoodAfterItsPolicy() {
    Evaluation evaluation = new Evaluator(new RecordingEngine()).run(policies(), POD, Evaluator.Options.defaults());

    assertThat(evaluation.answers()).extracting(a -> a.patched().path("metadata").path("labels").size())
        .containsExactly(1, 2, 2);
    assertThat(new Evaluator(new RecordingEngine()).evaluate(policies(), POD, Evaluator.Options.defaults()))
        .hasSize(3);
  }

  @Test
  void withoutMutatePoliciesTheResourceIsValidatedAsLoaded() {
    List<KyvernoPolicy> validateOnly = policies().subList(0, 1);
    Evaluation evaluation = new Evaluator(new RecordingEngine()).run(validateOnly, POD, Evaluator.Options.defaults());

    assertThat(evaluation.mutations()).isEmpty();
    assertThat(evaluation.patched()).isSameAs(POD);
    assertThat(evaluation.validations().get(0).rules().get(0).status()).isEqualTo(RuleStatus.FAIL);
  }
}
