package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplyCommandTest {

  private static final String DIR = "src/test/resources/cli/apply/";

  @Test
  void auditFailureCountsAsFailureAndExitsOne() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out()).contains("Applying 3 policy rule(s) to 2 resource(s)...")
        .contains("policy require-team-label -> resource ops/Pod/unlabelled failed:\n"
            + "1 - check-team validation error: The label `team` is required. rule check-team failed at path"
            + " /metadata/labels/\n")
        .contains("pass: 1, fail: 1, warn: 0, error: 0, skip: 0 ")
        // Audit policies never block admission.
        .doesNotContain("was blocked");
    assertThat(run.err()).contains("exit as there are policy violations");
  }

  @Test
  void auditWarnTurnsAuditFailuresIntoWarningsWithTheWarnExitCode() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml", "--audit-warn",
        "--warn-exit-code", "3");
    assertThat(run.exit).isEqualTo(3);
    assertThat(run.out()).contains("failed as audit warning:").contains("pass: 1, fail: 0, warn: 1, error: 0, skip: 0 ")
        .contains("exit as warnExitCode is 3");
  }

  @Test
  void namespaceSelectorComesFromTheValuesFileAndSubjectsFromUserInfo() {
    var withoutUser = CliRunner.run("apply", DIR + "admins-only-privileged.yaml", "-r", DIR + "pods.yaml",
        "-f", DIR + "values.yaml");
    assertThat(withoutUser.exit).isEqualTo(1);
    assertThat(withoutUser.out()).contains("policy ops-needs-admin -> resource ops/Pod/unlabelled failed:")
        .contains("resource Pod/ops/unlabelled was blocked due to the following policies");

    var asAdmin = CliRunner.run("apply", DIR + "admins-only-privileged.yaml", "-r", DIR + "pods.yaml",
        "-f", DIR + "values.yaml", "-u", DIR + "admin-user.yaml");
    assertThat(asAdmin.exit).isEqualTo(0);
    assertThat(asAdmin.out()).contains("pass: 0, fail: 0, warn: 0, error: 0, skip: 0 ");
  }

  @Test
  void anInvalidPolicyIsReportedAndTheOthersStillRun() {
    var run = CliRunner.run("apply", DIR + "broken-policy.yaml", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml");
    assertThat(run.err()).contains(DIR + "broken-policy.yaml:7:7: spec.rules[0]: Multiple operations defined in the rule"
        + " 'two-things', only one operation (mutate,validate,generate,verifyImages) is allowed per rule");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).contains("policy require-team-label -> resource ops/Pod/unlabelled failed:");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void tableShowsOneRowPerRuleResult() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml", "-t");
    assertThat(run.out())
        .contains("│ ID │ POLICY             │ RULE       │ RESOURCE             │ RESULT │")
        .contains("│ 1  │ require-team-label │ check-team │ default/Pod/labelled │ pass   │")
        .contains("│ 2  │ require-team-label │ check-team │ ops/Pod/unlabelled   │ fail   │");
  }

  @Test
  void policyReportListsEveryResultWithASummary() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml", "-p");
    assertThat(run.out()).startsWith("apiVersion: wgpolicyk8s.io/v1alpha2\nkind: ClusterPolicyReport\n")
        .contains("  result: fail\n  rule: check-team\n")
        .contains("summary:\n  pass: 1\n  fail: 1\n  warn: 0\n  error: 0\n  skip: 0\n");
  }

  @Test
  void missingResourcesIsAnError() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err()).contains("resource file(s) or cluster required");
  }

  @Test
  void aMissingFileIsReportedNotThrown() {
    var run = CliRunner.run("apply", DIR + "nope.yaml", "-r", DIR + "pods.yaml");
    assertThat(run.err()).contains("nope.yaml").contains("no such file or directory").doesNotContain("Exception");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void setGivesVariablesToEveryRule() {
    var run = CliRunner.run("apply", DIR + "team-from-variable.yaml", "-r", DIR + "pods.yaml", "--set",
        "expectedTeam=data");
    assertThat(run.out()).contains("Applying 2 policy rule(s) to 2 resource(s)...")
        .contains("policy team-from-variable -> resource ops/Pod/unlabelled failed:\n"
            + "1 - expected-team team none is not data\n")
        .doesNotContain("resource default/Pod/labelled failed")
        .contains("pass: 1, fail: 1, warn: 0, error: 0, skip: 0 ");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void setRequestOperationChangesTheOperationAndTheObjectVariablesRead() {
    var run = CliRunner.run("apply", DIR + "team-from-variable.yaml", "-r", DIR + "pods.yaml", "--set",
        "expectedTeam=data,request.operation=DELETE");
    assertThat(run.out())
        .contains("policy team-from-variable -> resource default/Pod/labelled failed:\n"
            + "1 - no-deletes DELETE of labelled is not allowed\n")
        .contains("policy team-from-variable -> resource ops/Pod/unlabelled failed:\n"
            + "1 - expected-team team none is not data\n"
            + "2 - no-deletes DELETE of unlabelled is not allowed\n");
  }

  @Test
  void aVariableWithoutAValueIsARuleError() {
    var run = CliRunner.run("apply", DIR + "team-from-variable.yaml", "-r", DIR + "pods.yaml");
    assertThat(run.out()).contains("pass: 0, fail: 0, warn: 0, error: 2, skip: 0 ");
    assertThat(run.err()).contains("exit as there are policy errors");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void setAndAValuesFileTogetherAreRefused() {
    var run = CliRunner.run("apply", DIR + "team-from-variable.yaml", "-r", DIR + "pods.yaml", "--set", "a=b",
        "-f", DIR + "values.yaml");
    assertThat(run.err()).contains("pass the values either using set flag or values_file flag");
    assertThat(run.exit).isEqualTo(1);
  }

  @Test
  void anExceptionFileExemptsTheRuleAndIsCountedInTheHeader() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml", "--exception",
        DIR + "team-exception.yaml");
    assertThat(run.out()).contains("Applying 3 policy rule(s) to 2 resource(s) with 1 exception(s)...")
        .doesNotContain("failed:")
        .contains("pass: 1, fail: 0, warn: 0, error: 0, skip: 1 ");
    assertThat(run.exit).isZero();
  }

  @Test
  void anExceptionsTableRowSaysSkip() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods.yaml", "-e",
        DIR + "team-exception.yaml", "-t", "--detailed-results");
    assertThat(run.out()).contains("ops/Pod/unlabelled").contains("skip")
        .contains("rule is skipped due to policy exception kyverno/ops-without-team");
  }

  @Test
  void exceptionsWithResourcesAreTakenFromTheResourceFiles() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods-with-exception.yaml",
        "--exceptions-with-resources");
    assertThat(run.out()).contains("Applying 3 policy rule(s) to 2 resource(s) with 1 exception(s)...")
        .contains("pass: 1, fail: 0, warn: 0, error: 0, skip: 1 ");
    assertThat(run.exit).isZero();
  }

  @Test
  void withoutTheFlagAnExceptionInTheResourceFilesIsNotAnException() {
    var run = CliRunner.run("apply", DIR + "require-team-label.yaml", "-r", DIR + "pods-with-exception.yaml");
    assertThat(run.out()).doesNotContain("exception(s)")
        .contains("policy require-team-label -> resource ops/Pod/unlabelled failed:");
    assertThat(run.exit).isEqualTo(1);
  }
}
