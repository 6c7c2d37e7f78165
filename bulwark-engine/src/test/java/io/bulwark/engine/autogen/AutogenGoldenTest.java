package io.bulwark.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.PolicyParser;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kyverno-policies pod-security/baseline/disallow-host-namespaces, as JSON: the rules Kyverno
 * computes for it (and writes to status.autogen.rules).
 */
class AutogenGoldenTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MESSAGE = "Sharing the host namespaces is disallowed. The fields spec.hostNetwork,"
      + " spec.hostIPC, and spec.hostPID must be unset or set to `false`.";
  private static final String POD_SPEC = """
      {"=(hostPID)": "false", "=(hostIPC)": "false", "=(hostNetwork)": "false"}""";

  private static final String POLICY = """
      {
        "apiVersion": "kyverno.io/v1",
        "kind": "ClusterPolicy",
        "metadata": {
          "name": "disallow-host-namespaces",
          "annotations": {
            "policies.kyverno.io/title": "Disallow Host Namespaces",
            "policies.kyverno.io/category": "Pod Security Standards (Baseline)",
            "policies.kyverno.io/severity": "medium",
            "kyverno.io/kyverno-version": "1.6.0",
            "kyverno.io/kubernetes-version": "1.22-1.23",
            "policies.kyverno.io/subject": "Pod"
          }
        },
        "spec": {
          "validationFailureAction": "Audit",
          "background": true,
          "rules": [
            {
              "name": "host-namespaces",
              "match": {"any": [{"resources": {"kinds": ["Pod"]}}]},
              "validate": {
                "message": "%s",
                "pattern": {"spec": %s}
              }
            }
          ]
        }
      }""".formatted(MESSAGE, POD_SPEC);

  @Test
  void computesTheWorkloadAndCronJobRulesKyvernoWritesToStatus() {
    KyvernoPolicy policy = PolicyParser.parse(JSON.readTree(POLICY), ProblemSink.withoutPositions("x"));

    List<Rule> rules = Autogen.rules(policy);

    assertThat(rules).extracting(Rule::name)
        .containsExactly("host-namespaces", "autogen-host-namespaces", "autogen-cronjob-host-namespaces");
    assertThat(rules.get(0)).isSameAs(policy.spec().rules().get(0));
    assertThat(rules.get(1).raw()).isEqualTo(JSON.readTree("""
        {
          "name": "autogen-host-namespaces",
          "match": {"any": [{"resources": {"kinds": ["apps/v1/DaemonSet", "apps/v1/Deployment", "batch/v1/Job",
            "apps/v1/ReplicaSet", "v1/ReplicationController", "apps/v1/StatefulSet"]}}]},
          "validate": {
            "message": "%s",
            "pattern": {"spec": {"template": {"spec": %s}}}
          }
        }""".formatted(MESSAGE, POD_SPEC)));
    assertThat(rules.get(2).raw()).isEqualTo(JSON.readTree("""
        {
          "name": "autogen-cronjob-host-namespaces",
          "match": {"any": [{"resources": {"kinds": ["batch/v1/CronJob"]}}]},
          "validate": {
            "message": "%s",
            "pattern": {"spec": {"jobTemplate": {"spec": {"template": {"spec": %s}}}}}
          }
        }""".formatted(MESSAGE, POD_SPEC)));
  }

  @Test
  void generatedRulesAreTypedLikeWrittenOnes() {
    KyvernoPolicy policy = PolicyParser.parse(JSON.readTree(POLICY), ProblemSink.withoutPositions("x"));

    Rule cronJob = Autogen.rules(policy).get(2);

    assertThat(cronJob.match().any().get(0).resources().kinds()).containsExactly("batch/v1/CronJob");
    JsonNode pattern = cronJob.validation().pattern();
    assertThat(pattern.at("/spec/jobTemplate/spec/template/spec/=(hostPID)").asString()).isEqualTo("false");
    assertThat(cronJob.validation().message()).isEqualTo(MESSAGE);
  }
}
