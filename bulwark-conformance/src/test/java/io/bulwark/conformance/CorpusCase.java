package io.bulwark.conformance;

import io.bulwark.cli.testfile.RowOutcome;

/**
 * One checked (result row, resource) pair of the corpus, identified stably across runs by the test
 * file's path inside the corpus, the row's policy, rule and resource, and the expected result.
 */
record CorpusCase(String id, String folder, RowOutcome outcome, String missingInput) {

  /** Whether the test file names an input file the corpus copy does not have (chainsaw files were left out). */
  boolean inputMissing() {
    return missingInput != null;
  }


  static String id(String relativeTestFile, RowOutcome row) {
    var e = row.expectation();
    return relativeTestFile + " :: " + e.policy() + "/" + e.rule() + "/" + row.resource() + " = " + e.result();
  }

  boolean passes() {
    return outcome.strictSuccess();
  }
}
