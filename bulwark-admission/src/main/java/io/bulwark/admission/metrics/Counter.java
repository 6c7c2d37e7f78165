package io.bulwark.admission.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count per label set. Thread-safe; increments do not contend. */
public final class Counter implements Metric {

  private final String name;
  private final String help;
  private final List<String> labelNames;
  private final Map<List<String>, LongAdder> series = new ConcurrentHashMap<>();

  Counter(String name, String help, List<String> labelNames) {
    this.name = name;
    this.help = help;
    this.labelNames = List.copyOf(labelNames);
  }

  /** Adds one to the series of these label values (in the order of the label names). */
  public void inc(String... labelValues) {
    series.computeIfAbsent(Labels.checked(labelNames, labelValues), k -> new LongAdder()).increment();
  }

  /** The current count of one series, 0 if it was never incremented. */
  public long value(String... labelValues) {
    LongAdder adder = series.get(Labels.checked(labelNames, labelValues));
    return adder == null ? 0 : adder.sum();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void write(StringBuilder out) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" counter\n");
    for (var entry : Metric.sorted(series)) {
      out.append(name);
      Labels.append(out, labelNames, entry.getKey(), "");
      out.append(' ').append(entry.getValue().sum()).append('\n');
    }
  }
}
