package io.bulwark.admission;

import static io.bulwark.admission.TestPolicies.UNLABELLED_POD;
import static io.bulwark.admission.TestPolicies.requireTeam;
import static io.bulwark.admission.TestPolicies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.admission.policy.SeedPolicies;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValidationVerdictTest {

  private final DefaultEngine engine = new DefaultEngine();

  private List<PolicyResponse> evaluate(JsonNode resource, List<KyvernoPolicy> policies) {
    ResourceRequest request = ResourceRequest.create(resource);
    return policies.stream().map(p -> engine.validate(p, request)).toList();
  }

  @Test
  void theSeedDenialIsKyvernosBlockMessageForTheFailedRules() {
    JsonNode pod = resource(SeedPolicies.maliciousPod());
    List<PolicyResponse> responses = evaluate(pod, SeedPolicies.load().all());

    AdmissionDecision decision = ValidationVerdict.decide(responses, Map.of());

    SortedMap<String, SortedMap<String, String>> failures = new TreeMap<>();
    for (PolicyResponse response : responses) {
      for (RuleResponse rule : response.rules()) {
        failures.computeIfAbsent(response.policy().name(), k -> new TreeMap<>()).put(rule.name(), rule.message());
      }
    }
    assertThat(failures).containsOnlyKeys("disallow-host-namespaces", "disallow-privileged-containers");
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.message()).isEqualTo(KyvernoMessages.blockedMessage("Pod", "kubeflow-user", "pwn", failures));
    assertThat(decision.message()).startsWith(
        "\n\nresource Pod/kubeflow-user/pwn was blocked due to the following policies \n\ndisallow-host-namespaces:\n");
  }

  @Test
  void auditFailuresOfEmitWarningPoliciesAreWarnings() {
    KyvernoPolicy policy = requireTeam("team", "validationFailureAction: Audit\nemitWarning: true");
    AdmissionDecision decision = ValidationVerdict.decide(evaluate(resource(UNLABELLED_POD), List.of(policy)), Map.of());
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.warnings()).containsExactly(
        "policy team.check-team: validation error: label 'team' is required. rule check-team failed at path"
            + " /metadata/labels/");
  }

  @Test
  void auditPoliciesWithoutEmitWarningNeverShowInTheAnswer() {
    KyvernoPolicy policy = requireTeam("team", "validationFailureAction: Audit");
    assertThat(AdmissionMode.of(policy)).isEqualTo(AdmissionMode.AUDIT);
    AdmissionDecision decision = ValidationVerdict.decide(evaluate(resource(UNLABELLED_POD), List.of(policy)), Map.of());
    assertThat(decision).isEqualTo(AdmissionDecision.allow());
  }

  @Test
  void anErrorBlocksOnlyWhenThePolicyFailsClosed() {
    KyvernoPolicy failClosed = requireTeam("closed", "validationFailureAction: Enforce\nfailurePolicy: Fail");
    KyvernoPolicy failOpen = requireTeam("open", "validationFailureAction: Enforce\nfailurePolicy: Ignore");
    JsonNode pod = resource(UNLABELLED_POD);
    PolicyResponse closedError = erroring(failClosed, pod);
    PolicyResponse openError = erroring(failOpen, pod);

    assertThat(ValidationVerdict.decide(List.of(closedError), Map.of()).allowed()).isFalse();
    AdmissionDecision open = ValidationVerdict.decide(List.of(openError), Map.of());
    assertThat(open.allowed()).isTrue();
    assertThat(open.warnings()).containsExactly("policy open.check-team: broken");
  }

  @Test
  void aRuleLevelAuditActionInAnEnforcePolicyWarnsInsteadOfBlocking() {
    KyvernoPolicy policy = TestPolicies.policy("""
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: mixed
        spec:
          validationFailureAction: Enforce
          rules:
            - name: check-team
              match:
                any:
                  - resources:
                      kinds: [Pod]
              validate:
                failureAction: Audit
                message: "label 'team' is required"
                pattern:
                  metadata:
                    labels:
                      team: "?*"
        """);
    AdmissionDecision decision = ValidationVerdict.decide(evaluate(resource(UNLABELLED_POD), List.of(policy)), Map.of());
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.warnings()).hasSize(1);
  }

  @Test
  void anEnforceOverrideMakesAnAuditPolicyBlockInThatNamespace() {
    KyvernoPolicy policy = requireTeam("team", """
        validationFailureAction: Audit
        validationFailureActionOverrides:
          - action: Enforce
            namespaces: [ns]""");
    assertThat(AdmissionMode.of(policy)).isEqualTo(AdmissionMode.ENFORCE);
    assertThat(ValidationVerdict.decide(evaluate(resource(UNLABELLED_POD), List.of(policy)), Map.of()).allowed())
        .isFalse();
  }

  private static PolicyResponse erroring(KyvernoPolicy policy, JsonNode resource) {
    return new PolicyResponse(policy, resource, List.of(RuleResponse.of("check-team", "Validation", RuleStatus.ERROR,
        "broken")));
  }
}
