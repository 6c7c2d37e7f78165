package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

  private static final String DIR = "src/test/resources/cli/testdir";

  @Test
  void judgesEveryRowAndResourceLikeKyverno() {
    var run = CliRunner.run("test", DIR);
    String out = run.out();
    assertThat(out).contains("Loading test team-label ( " + DIR + "/.kyverno-test/kyverno-test.yaml ) ...")
        .contains("  Applying 1 policy to 4 resources ...")
        .contains("│ 1  │ require-team-label │ check-team │ Pod/other/good    │ Pass   │ Ok                  │")
        .contains("│ 2  │ require-team-label │ check-team │ Deployment/deploy │ Pass   │ Ok                  │")
        .contains("│ Pod/good          │ Fail   │ Want pass, got fail │")
        .contains("│ ConfigMap/config  │ Pass   │ Excluded")
        .contains("│ Pod/missing       │ Fail   │ Not found")
        .contains("Test Summary: 4 tests passed and 2 tests failed")
        .contains("Aggregated Failed Test Cases : ");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err()).contains("2 tests failed");
  }

  @Test
  void apiCallsAndGlobalContextAreServedFromTheTestFilesMocks() {
    var run = CliRunner.run("test", "src/test/resources/cli/mocked", "--detailed-results");
    assertThat(run.out()).contains("busy already has 3 Pods")
        .contains("validation failure: images must come from ghcr.io")
        .contains("Test Summary: 4 tests passed and 0 tests failed");
    assertThat(run.exit).isZero();
  }

  @Test
  void selectorRunsOnlyMatchingRows() {
    var run = CliRunner.run("test", DIR, "-t", "policy=require-*,rule=*,resource=deploy");
    assertThat(run.out()).contains("Test Summary: 1 tests passed and 0 tests failed");
    assertThat(run.exit).isZero();
  }

  @Test
  void writesJUnitXmlWithOneSuitePerTestFile(@TempDir Path tmp) throws Exception {
    Path xml = tmp.resolve("reports/junit.xml");
    CliRunner.run("test", DIR, "--junit", xml.toString());
    String report = Files.readString(xml);
    assertThat(report).contains("<testsuite name=\"" + DIR + "/.kyverno-test/kyverno-test.yaml\" tests=\"6\" failures=\"2\"")
        .contains("<testcase classname=\"team-label\" name=\"require-team-label/check-team/deploy\"/>")
        .contains("<failure message=\"expected pass, got fail\" type=\"Want pass, got fail\">")
        .contains("message: validation error: The label `team` is required. rule check-team failed at path /metadata/labels/")
        .contains("<failure message=\"expected pass, got Not found\" type=\"Not found\">");
  }

  @Test
  void noTestFilesIsReported(@TempDir Path tmp) {
    var run = CliRunner.run("test", tmp.toString());
    assertThat(run.out()).contains("No test yamls available");
    assertThat(run.exit).isZero();
  }
}
