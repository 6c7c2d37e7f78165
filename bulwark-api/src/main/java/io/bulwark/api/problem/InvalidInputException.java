package io.bulwark.api.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be used at all: a file that is not YAML, a document that is not an object.
 * Carries every problem found, never a stack trace worth showing to a user.
 */
public final class InvalidInputException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::render).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
