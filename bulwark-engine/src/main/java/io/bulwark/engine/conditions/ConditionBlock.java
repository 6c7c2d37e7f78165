package io.bulwark.engine.conditions;

import java.util.List;
import java.util.Optional;

/**
 * Kyverno's {@code AnyAllConditions}: an optional {@code any} list, of which one condition must
 * hold, and an {@code all} list, of which every condition must hold.
 *
 * <p>An {@code any} list that is present but empty never holds, as in Kyverno, where only an absent
 * ({@code nil}) list is skipped; an empty {@code all} list always holds.
 *
 * @param any the {@code any} conditions, empty when the block has no {@code any} key (or null)
 * @param all the {@code all} conditions; null means none
 */
public record ConditionBlock(Optional<List<Condition>> any, List<Condition> all) {

  public ConditionBlock {
    any = any == null ? Optional.empty() : any.map(List::copyOf);
    all = all == null ? List.of() : List.copyOf(all);
  }

  /** A block with only an {@code any} list. */
  public static ConditionBlock anyOf(List<Condition> any) {
    return new ConditionBlock(Optional.of(any), List.of());
  }

  /** A block with only an {@code all} list. */
  public static ConditionBlock allOf(List<Condition> all) {
    return new ConditionBlock(Optional.empty(), all);
  }

  /** A block with both lists. */
  public static ConditionBlock of(List<Condition> any, List<Condition> all) {
    return new ConditionBlock(Optional.of(any), all);
  }
}
