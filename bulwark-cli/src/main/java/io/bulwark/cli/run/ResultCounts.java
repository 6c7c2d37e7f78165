package io.bulwark.cli.run;

import io.bulwark.engine.result.RuleStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of rule results by status, as {@code kyverno apply} totals them. Not thread-safe. */
public final class ResultCounts {

  private final EnumMap<RuleStatus, Integer> counts = new EnumMap<>(RuleStatus.class);

  public void add(RuleStatus status) {
    counts.merge(status, 1, Integer::sum);
  }

  public int get(RuleStatus status) {
    return counts.getOrDefault(status, 0);
  }

  /** Counts keyed by the lowercase status name. */
  public Map<String, Integer> asMap() {
    var out = new LinkedHashMap<String, Integer>();
    for (RuleStatus status : RuleStatus.values()) {
      out.put(status.label(), get(status));
    }
    return out;
  }
}
