package io.bulwark.cli;

import io.bulwark.cli.output.BoxTable;
import io.bulwark.cli.testfile.JUnitReport;
import io.bulwark.cli.testfile.RowOutcome;
import io.bulwark.cli.testfile.TestDiscovery;
import io.bulwark.cli.testfile.TestFile;
import io.bulwark.cli.testfile.TestOutcome;
import io.bulwark.cli.testfile.TestRunner;
import io.bulwark.engine.wildcard.Wildcard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bulwark test DIR...}: runs every {@code kyverno-test.yaml} below the folders, prints
 * Kyverno's result table and summary, optionally writes JUnit XML, and exits 1 when a row fails.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Runs Kyverno test files (kyverno-test.yaml) found below the given folders.",
    sortOptions = false)
final class TestCommand extends CliCommand {

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders to search for test files.")
  List<String> roots = new ArrayList<>();

  @Option(names = {"-f", "--file-name"}, paramLabel = "NAME", defaultValue = "kyverno-test.yaml",
      description = "Name of the test files (default: ${DEFAULT-VALUE}).")
  String fileName;

  @Option(names = {"-t", "--test-case-selector"}, paramLabel = "SELECTOR", defaultValue = "policy=*,rule=*,resource=*",
      description = "Run only matching rows, e.g. policy=disallow-*,rule=*,resource=bad* (default: ${DEFAULT-VALUE}).")
  String selector;

  @Option(names = "--detailed-results", description = "Add the rule message to each row.")
  boolean detailedResults;

  @Option(names = "--fail-only", description = "Show only failing rows.")
  boolean failOnly;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
  Path junit;

  @Option(names = "--remove-color", description = "Accepted for compatibility; output has no color.")
  boolean removeColor;

  @Override
  public Integer call() {
    PrintWriter out = out();
    Map<String, String> filter = parseSelector(selector);
    TestDiscovery.Found found = TestDiscovery.find(roots, fileName);
    if (!found.problems().isEmpty()) {
      out.println();
      out.println("Test errors:");
      found.problems().forEach(p -> out.println("  " + p.render()));
    }
    if (found.tests().isEmpty()) {
      out.println();
      out.println("No test yamls available");
      return found.problems().isEmpty() ? 0 : 1;
    }
    var runner = new TestRunner();
    var outcomes = new ArrayList<TestOutcome>();
    var failedRows = new ArrayList<RowOutcome>();
    int passed = 0;
    int failed = 0;
    for (TestFile test : found.tests()) {
      Predicate<TestFile.Expectation> rows = e -> matches(filter, "policy", e.policy())
          && matches(filter, "rule", e.rule())
          && (e.resources().isEmpty() || e.resources().stream().anyMatch(r -> matches(filter, "resource", r)));
      if (test.results().stream().noneMatch(rows)) {
        continue;
      }
      TestOutcome outcome = runner.run(test, rows, out);
      outcome.problems().forEach(p -> out.println("  " + p.render()));
      outcomes.add(outcome);
      printRows(out, outcome.rows());
      for (RowOutcome row : outcome.rows()) {
        if (row.success()) {
          passed++;
        } else {
          failed++;
          failedRows.add(row);
        }
      }
    }
    if (failOnly) {
      out.printf("%nTest Summary: %d out of %d tests failed%n", failed, passed + failed);
    } else {
      out.printf("%nTest Summary: %d tests passed and %d tests failed%n", passed, failed);
    }
    out.println();
    if (failed > 0 && !failOnly) {
      out.println("Aggregated Failed Test Cases : ");
      printTable(out, failedRows);
      if (!detailedResults) {
        printDiffs(out, failedRows);
      }
    }
    if (junit != null) {
      try {
        JUnitReport.write(junit, outcomes);
      } catch (IOException e) {
        err().println("Error: cannot write " + junit + ": " + e.getMessage());
        return 1;
      }
    }
    out.flush();
    if (failed > 0) {
      err().println("Error: " + failed + " tests failed");
      return 1;
    }
    return 0;
  }

  private void printRows(PrintWriter out, List<RowOutcome> rows) {
    List<RowOutcome> shown = failOnly ? rows.stream().filter(r -> !r.success()).toList() : rows;
    out.println();
    if (!shown.isEmpty()) {
      printTable(out, shown);
    }
    out.println();
  }

  private void printTable(PrintWriter out, List<RowOutcome> rows) {
    List<String> headers = new ArrayList<>(List.of("ID", "POLICY", "RULE", "RESOURCE", "RESULT", "REASON"));
    if (detailedResults) {
      headers.add("MESSAGE");
    }
    var table = new BoxTable(headers);
    int id = 1;
    for (RowOutcome row : rows) {
      TestFile.Expectation e = row.expectation();
      String resource = e.kind().isEmpty() ? row.resource() : e.kind() + "/" + row.resource();
      List<String> cells = new ArrayList<>(List.of(String.valueOf(id++), e.policy(), e.rule(), resource,
          row.success() ? "Pass" : "Fail", row.reason()));
      if (detailedResults) {
        cells.add(row.message() == null ? "" : row.message().replace('\n', ' '));
      }
      table.add(cells);
    }
    table.print(out);
  }

  /**
   * The difference behind each failed {@code Resource diff} row, under a {@code --- policy / rule /
   * resource ---} header, as Kyverno prints it when the table has no message column.
   */
  private static void printDiffs(PrintWriter out, List<RowOutcome> rows) {
    for (RowOutcome row : rows) {
      if (row.success() || !"Resource diff".equals(row.reason()) || row.message() == null || row.message().isEmpty()) {
        continue;
      }
      TestFile.Expectation e = row.expectation();
      String resource = e.kind().isEmpty() ? row.resource() : e.kind() + "/" + row.resource();
      out.println();
      out.println("--- " + e.policy() + " / " + e.rule() + " / " + resource + " ---");
      out.println(row.message());
    }
  }

  /** {@code policy=a*,rule=*,resource=x}: keys policy, rule, resource; values are wildcards. */
  static Map<String, String> parseSelector(String text) {
    var filter = new HashMap<String, String>();
    for (String part : text.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && !kv[0].isBlank()) {
        filter.put(kv[0].trim(), kv[1].trim());
      }
    }
    return filter;
  }

  private static boolean matches(Map<String, String> filter, String key, String value) {
    String pattern = filter.get(key);
    return pattern == null || pattern.isEmpty() || Wildcard.match(pattern, value);
  }
}
