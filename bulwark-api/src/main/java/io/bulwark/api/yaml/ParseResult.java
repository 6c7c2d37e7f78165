package io.bulwark.api.yaml;

import io.bulwark.api.problem.InvalidInputException;
import io.bulwark.api.problem.Problem;
import java.util.List;

/**
 * What {@link KubeYaml#parseLenient} found in one source: the documents that converted cleanly, in
 * source order, and the problems of the others, in source order. A document with an error is left
 * out of {@code documents}; the documents around it are kept.
 */
public record ParseResult(List<YamlDocument> documents, List<Problem> problems) {

  public ParseResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * The documents when there is no error.
   *
   * @throws InvalidInputException carrying every problem, when any of them is an error
   */
  public List<YamlDocument> orThrow() {
    if (hasErrors()) {
      throw new InvalidInputException(problems);
    }
    return documents;
  }
}
