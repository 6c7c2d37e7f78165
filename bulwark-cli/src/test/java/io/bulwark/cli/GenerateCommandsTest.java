package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate rules through {@code bulwark test} and {@code bulwark apply}, as Kyverno's CLI runs them. */
class GenerateCommandsTest {

  private static final String DIR = "src/test/resources/cli/generate";

  @Test
  void testComparesGeneratedResourcesAndServesCloneSources() {
    var run = CliRunner.run("test", DIR);

    assertThat(run.out())
        // One row per generated resource, named after it.
        .contains("│ namespace-defaults │ default-deny │ Namespace/default-deny │ Pass   │ Ok            │")
        .contains("│ namespace-defaults │ copy-regcred │ Namespace/regcred      │ Pass   │ Ok            │")
        // A rule that generated nothing leaves the resource excluded.
        .contains("│ namespace-defaults │ copy-regcred │ Namespace/team-b       │ Pass   │ Excluded      │")
        .contains("│ namespace-defaults │ copy-regcred │ Namespace/regcred      │ Fail   │ Resource diff │")
        .contains("Test Summary: 3 tests passed and 1 tests failed");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void testMatchesEachGeneratedResourceWithItsExpectedOneAmongGeneratedResources() {
    var run = CliRunner.run("test", "src/test/resources/cli/generate-list");

    assertThat(run.out()).contains("│ team-config │ per-team │ Namespace/team-red  │ Pass   │ Ok     │")
        .contains("│ team-config │ per-team │ Namespace/team-blue │ Pass   │ Ok     │")
        .contains("Test Summary: 2 tests passed and 0 tests failed");
    assertThat(run.exit).isZero();
  }

  @Test
  void applyPrintsGeneratedResourcesAndCountsRulesThatDidNotPassAsFailures() {
    var run = CliRunner.run("apply", DIR + "/policy.yaml", "-r", DIR + "/resources.yaml");

    assertThat(run.out())
        .contains("""

            policy namespace-defaults applied to /Namespace/team-a:
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              labels:
                app.kubernetes.io/managed-by: kyverno
                generate.kyverno.io/policy-name: namespace-defaults
                generate.kyverno.io/policy-namespace: ""
                generate.kyverno.io/rule-name: default-deny
                generate.kyverno.io/trigger-group: ""
                generate.kyverno.io/trigger-kind: Namespace
                generate.kyverno.io/trigger-namespace: ""
                generate.kyverno.io/trigger-uid: ""
                generate.kyverno.io/trigger-version: v1
              name: default-deny
              namespace: team-a
            spec:
              podSelector: {}
              policyTypes:
              - Ingress
              - Egress

            ---


            Generate:
            Generation completed successfully.""")
        // copy-regcred passes for team-a (its source is not available offline) and skips for team-b.
        .contains("pass: 3, fail: 1, warn: 0, error: 0, skip: 0 ");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void applyWritesGeneratedResourcesToTheOutputFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("generated.yaml");
    Files.writeString(file, "stale content\n");

    CliRunner.run("apply", DIR + "/policy.yaml", "-r", DIR + "/resources.yaml", "-o", file.toString());

    String written = Files.readString(file);
    assertThat(written).doesNotContain("stale content").startsWith("apiVersion: networking.k8s.io/v1\n")
        .contains("  namespace: team-a\n").contains("  namespace: team-b\n");
    assertThat(written.split("\n---\n\n", -1)).hasSize(3);
  }

  @Test
  void applyWritesOneFilePerPolicyIntoAnOutputFolder(@TempDir Path tmp) throws Exception {
    CliRunner.run("apply", DIR + "/policy.yaml", "-r", DIR + "/resources.yaml", "-o", tmp.toString());

    assertThat(Files.readString(tmp.resolve("namespace-defaults-generated.yaml"))).contains("kind: NetworkPolicy");
  }
}
