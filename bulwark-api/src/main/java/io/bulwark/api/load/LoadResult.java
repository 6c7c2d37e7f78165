package io.bulwark.api.load;

import io.bulwark.api.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a loader produced from some input: the usable items and every problem found on the way.
 * Items are usable even when problems exist; an item with errors is left out, never half-loaded.
 */
public record LoadResult<T>(List<T> items, List<Problem> problems) {

  public LoadResult {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** This result followed by {@code other}'s items and problems. */
  public LoadResult<T> plus(LoadResult<T> other) {
    var allItems = new ArrayList<>(items);
    allItems.addAll(other.items);
    var allProblems = new ArrayList<>(problems);
    allProblems.addAll(other.problems);
    return new LoadResult<>(allItems, allProblems);
  }
}
