package io.bulwark.api.load;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the problems of one document, placing each at the line and column of the path it names.
 * Not thread-safe: one per document being checked.
 */
public final class ProblemSink {

  private final Function<FieldPath, SourceLocation> locator;
  private final List<Problem> problems = new ArrayList<>();

  public ProblemSink(Function<FieldPath, SourceLocation> locator) {
    this.locator = locator;
  }

  /** A sink with no positions: every problem points at {@code file} only. */
  public static ProblemSink withoutPositions(String file) {
    return new ProblemSink(path -> SourceLocation.unknown(file));
  }

  public void error(FieldPath path, String message) {
    problems.add(Problem.error(locator.apply(path), path, message));
  }

  public void warning(FieldPath path, String message) {
    problems.add(Problem.warning(locator.apply(path), path, message));
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }

  public int errorCount() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  /** Every problem so far, ordered by position then path. */
  public List<Problem> problems() {
    var sorted = new ArrayList<>(problems);
    sorted.sort(Problem.ORDER);
    return List.copyOf(sorted);
  }

  public SourceLocation locate(FieldPath path) {
    return locator.apply(path);
  }
}
