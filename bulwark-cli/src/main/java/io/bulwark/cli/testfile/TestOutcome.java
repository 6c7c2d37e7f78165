package io.bulwark.cli.testfile;

import io.bulwark.api.problem.Problem;
import java.util.List;

/** Everything one test file produced: a verdict per (row, resource) and the input problems met. */
public record TestOutcome(TestFile test, List<RowOutcome> rows, List<Problem> problems) {

  public TestOutcome {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  public long failures() {
    return rows.stream().filter(r -> !r.success()).count();
  }
}
