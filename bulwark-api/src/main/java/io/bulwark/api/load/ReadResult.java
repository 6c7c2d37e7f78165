package io.bulwark.api.load;

import io.bulwark.api.problem.InvalidInputException;
import io.bulwark.api.problem.Problem;
import java.util.List;

/**
 * What {@link InputFiles} read: the sources in the order the paths were given (a directory's files
 * sorted by path), and a problem for each path or file that could not be read.
 */
public record ReadResult(List<Source> sources, List<Problem> problems) {

  public ReadResult {
    sources = List.copyOf(sources);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * The sources when nothing failed.
   *
   * @throws InvalidInputException carrying every problem, when any of them is an error
   */
  public List<Source> orThrow() {
    if (hasErrors()) {
      throw new InvalidInputException(problems);
    }
    return sources;
  }
}
