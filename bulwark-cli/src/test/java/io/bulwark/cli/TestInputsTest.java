package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.cli.testfile.RowOutcome;
import io.bulwark.cli.testfile.TestDiscovery;
import io.bulwark.cli.testfile.TestOutcome;
import io.bulwark.cli.testfile.TestRunner;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A Test file that needs every input Kyverno's test command reads besides policies and
 * resources: a values file ({@code variables:}) with rule values, a requester ({@code
 * userinfo:}), PolicyExceptions ({@code exceptions:}) and a row run as an UPDATE.
 */
class TestInputsTest {

  private static final String DIR = "src/test/resources/cli/testinputs";

  private static TestOutcome run() {
    var found = TestDiscovery.find(List.of(DIR), "kyverno-test.yaml");
    assertThat(found.problems()).isEmpty();
    return new TestRunner().run(found.tests().get(0), e -> true, new PrintWriter(Writer.nullWriter()));
  }

  @Test
  void everyRowHoldsWithTheTestFilesInputs() {
    var run = CliRunner.run("test", DIR);
    assertThat(run.out()).contains("  Loading values/variables ...").contains("  Loading exceptions ...")
        .contains("Test Summary: 13 tests passed and 0 tests failed");
    assertThat(run.exit).isZero();
  }

  @Test
  void eachInputShowsInTheRuleMessages() {
    TestOutcome outcome = run();
    assertThat(outcome.problems()).isEmpty();
    Map<String, String> messages = outcome.rows().stream().collect(Collectors.toMap(
        row -> row.expectation().policyName() + "/" + row.expectation().rule() + "/" + row.resource()
            + (row.expectation().operation().isEmpty() ? "" : "/" + row.expectation().operation()),
        RowOutcome::message, (a, b) -> a));

    // The values file's rule values.
    assertThat(messages).containsEntry("inputs/owner-from-values/bad", "owner must be alice");
    // The requester: only its admins group lets the rule pass; without userinfo it would error.
    assertThat(messages).containsEntry("inputs/requester/good", "validation rule 'requester' passed.");
    // The exception.
    assertThat(messages).containsEntry("inputs/check-team/exempt", "rule is skipped due to policy exception legacy/legacy-teams");
    // The UPDATE row: the rule matches UPDATE only, and the CLI gives the resource as its own old object.
    assertThat(messages).containsEntry("inputs/owner-unchanged/good/UPDATE", "validation rule 'owner-unchanged' passed.");
    // An Enforce rule's violation on UPDATE is also the old object's: allowed as pre-existing.
    assertThat(messages).containsEntry("enforced/check-team/bad/UPDATE",
        "skipping the rule evaluation as pre-existing violations are allowed");
    assertThat(outcome.rows()).allSatisfy(row -> assertThat(row.kind()).isEqualTo(RowOutcome.Kind.COMPARED));
    assertThat(outcome.rows()).allMatch(RowOutcome::strictSuccess);
  }
}
