package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apply} and {@code test} with mutate policies, end to end through the engine. */
class MutateCommandsTest {

  private static final String DIR = "src/test/resources/cli/mutate/";

  private static final String MUTATED_POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          team: platform
        name: unlabelled
        namespace: apps
      spec:
        containers:
        - image: nginx
          name: nginx
      """;

  @Test
  void applyPrintsEachMutatedResourceThenValidatesIt() {
    var run = CliRunner.run("apply", DIR + "policies.yaml", "-r", DIR + "resources.yaml");
    assertThat(run.out())
        .contains("\npolicy add-team-label applied to apps/Pod/unlabelled:\n" + MUTATED_POD + "\n---\n"
            + "\n\nMutation:\nMutation has been applied successfully.")
        .contains("\npolicy add-team-label applied to apps/ConfigMap/settings:\n")
        .contains("\nskipped mutate policy add-team-label -> resource apps/Pod/labelled\n")
        // check-team sees the label the mutation added, so nothing fails.
        .doesNotContain("failed:")
        .contains("pass: 3, fail: 0, warn: 0, error: 0, skip: 1 ");
    assertThat(run.exit).isZero();
  }

  @Test
  void applyWithDetailedResultsShowsEachMutationsPatch() {
    var run = CliRunner.run("apply", DIR + "policies.yaml", "-r", DIR + "resources.yaml", "--detailed-results");
    assertThat(run.out())
        .contains("\nPatches of policy add-team-label -> resource apps/Pod/unlabelled (RFC 6902):\n"
            + "  {\"op\":\"add\",\"path\":\"/metadata/labels\",\"value\":{\"team\":\"platform\"}}")
        .contains("\nPatches of policy add-team-label -> resource apps/Pod/labelled: none");
    assertThat(run.exit).isZero();
  }

  @Test
  void applyWritesMutatedResourcesToAFolder(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("mutated");
    var run = CliRunner.run("apply", DIR + "policies.yaml", "-r", DIR + "resources.yaml", "-o", out.toString());
    assertThat(run.out()).doesNotContain("applied to").contains("Mutation has been applied successfully.");
    assertThat(Files.readString(out.resolve("unlabelled-mutated.yaml"))).isEqualTo(MUTATED_POD + "\n---\n\n");
    assertThat(out.resolve("labelled-mutated.yaml")).exists();
    assertThat(out.resolve("settings-mutated.yaml")).exists();
  }

  @Test
  void applyWritesMutatedResourcesToOneFile(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("all.yaml");
    CliRunner.run("apply", DIR + "policies.yaml", "-r", DIR + "resources.yaml", "--output", out.toString());
    assertThat(Files.readString(out)).startsWith(MUTATED_POD + "\n---\n\n").contains("name: labelled")
        .contains("name: settings");
  }

  @Test
  void testComparesPatchedResourcesAndValidatesTheMutatedResource() {
    var run = CliRunner.run("test", DIR);
    assertThat(run.out())
        .contains("│ add-team-label     │ add-team   │ Pod/unlabelled │ Pass   │ Ok            │")
        .contains("│ add-team-label     │ add-team   │ Pod/unlabelled │ Fail   │ Resource diff │")
        // As Kyverno: a row expecting fail passes when a check fails.
        .contains("│ add-team-label     │ add-team   │ Pod/unlabelled │ Pass   │ Resource diff │")
        .contains("│ add-team-label     │ add-team   │ Pod/labelled   │ Pass   │ Ok            │")
        .contains("│ require-team-label │ check-team │ Pod/unlabelled │ Pass   │ Ok            │")
        .contains("Test Summary: 5 tests passed and 1 tests failed")
        .contains("\n--- add-team-label / add-team / Pod/unlabelled ---\n"
            + "Patched resource didn't match the patched resource in the test result\n"
            + "(- only in expected, + only in actual)\n\n"
            + "-     team: payments\n"
            + "+     team: platform\n");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void testChecksTheTargetsAMutateExistingRulePatched() {
    var run = CliRunner.run("test", "src/test/resources/cli/mutate-existing", "--detailed-results");
    assertThat(run.out()).contains("  Loading target resources ...")
        .contains("│ label-target │ label-cm │ ConfigMap/target │ Pass   │ Ok     │")
        .contains("Test Summary: 1 tests passed and 0 tests failed");
    assertThat(run.exit).isZero();
  }

  @Test
  void applyPrintsTheTargetsAMutateExistingRulePatched() {
    String dir = "src/test/resources/cli/mutate-existing/";
    var run = CliRunner.run("apply", dir + "policy.yaml", "-r", dir + "trigger.yaml", "--target-resource",
        dir + "target.yaml");
    assertThat(run.out()).contains("\npolicy label-target applied to apps/ConfigMap/trigger:\n")
        .contains("patched targets: \n\napiVersion: v1\ndata:\n  other: value\nkind: ConfigMap\nmetadata:\n"
            + "  labels:\n    touched: \"yes\"\n  name: target\n  namespace: apps\n\n---\n");
    assertThat(run.exit).isZero();
  }
}
