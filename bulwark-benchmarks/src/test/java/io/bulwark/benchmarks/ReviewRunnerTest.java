package io.bulwark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures real work: the 17 bundled policies load, and the two reviews give the
 * verdicts Kyverno gives them (every rule evaluated, none erroring).
 */
class ReviewRunnerTest {

  private final ReviewRunner runner = new ReviewRunner(PodSecurityPolicies.load());

  @Test
  void bundlesTheSeventeenPodSecurityPolicies() {
    assertThat(PodSecurityPolicies.load()).hasSize(17);
  }

  @Test
  void podPassesEveryRuleOfEveryPolicy() {
    ReviewRunner.Verdict verdict = runner.review(EngineBenchmark.review("pod.json"));

    assertThat(verdict.uid()).isEqualTo("7f0b2c1e-4d5a-4c36-9a0e-2b8f6d1e9c41");
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.responses()).hasSize(17).allMatch(response -> !response.isEmpty());
    assertThat(verdict.count(RuleStatus.PASS)).isEqualTo(19);
  }

  @Test
  void deploymentIsCheckedByAutogenRulesAndFailsFourRestrictedOnes() {
    ReviewRunner.Verdict verdict = runner.review(EngineBenchmark.review("deployment.json"));

    List<String> failed = verdict.responses().stream()
        .flatMap(response -> response.rules().stream())
        .filter(rule -> rule.status() == RuleStatus.FAIL)
        .map(RuleResponse::name)
        .toList();
    assertThat(failed).containsExactly("autogen-require-drop-all", "autogen-privilege-escalation",
        "autogen-run-as-non-root", "autogen-check-seccomp-strict");
    assertThat(verdict.count(RuleStatus.PASS)).isEqualTo(15);
    // Only restrict-apparmor-profiles enforces, and it passes.
    assertThat(verdict.allowed()).isTrue();
  }

  @Test
  void reviewsAreTheSizeTheBenchmarkClaims() {
    assertThat(EngineBenchmark.review("pod.json").length).isBetween(4_500, 6_500);
  }
}
