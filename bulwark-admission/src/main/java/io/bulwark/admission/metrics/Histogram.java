package io.bulwark.admission.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Observations counted in fixed buckets per label set, exposed as Prometheus' cumulative
 * {@code _bucket{le=...}}, {@code _sum} and {@code _count}. Thread-safe; a scrape that races an
 * observation may see the count before the sum, as with any lock-free client.
 */
public final class Histogram implements Metric {

  private final String name;
  private final String help;
  private final List<String> labelNames;
  private final double[] bounds;
  private final Map<List<String>, Series> series = new ConcurrentHashMap<>();

  Histogram(String name, String help, double[] bounds, List<String> labelNames) {
    this.name = name;
    this.help = help;
    this.bounds = bounds.clone();
    this.labelNames = List.copyOf(labelNames);
    for (int i = 1; i < bounds.length; i++) {
      if (!(bounds[i] > bounds[i - 1])) {
        throw new IllegalArgumentException("bucket bounds must increase: " + java.util.Arrays.toString(bounds));
      }
    }
  }

  /** Records one value (seconds, for duration histograms) in the series of these label values. */
  public void observe(double value, String... labelValues) {
    Series s = series.computeIfAbsent(Labels.checked(labelNames, labelValues), k -> new Series(bounds.length));
    int bucket = 0;
    while (bucket < bounds.length && value > bounds[bucket]) {
      bucket++;
    }
    s.buckets[bucket].increment();
    s.sum.add(value);
  }

  /** How many values one series has recorded. */
  public long count(String... labelValues) {
    Series s = series.get(Labels.checked(labelNames, labelValues));
    if (s == null) {
      return 0;
    }
    long total = 0;
    for (LongAdder bucket : s.buckets) {
      total += bucket.sum();
    }
    return total;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void write(StringBuilder out) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" histogram\n");
    for (var entry : Metric.sorted(series)) {
      List<String> values = entry.getKey();
      Series s = entry.getValue();
      long cumulative = 0;
      for (int i = 0; i <= bounds.length; i++) {
        cumulative += s.buckets[i].sum();
        String le = i < bounds.length ? Labels.number(bounds[i]) : "+Inf";
        out.append(name).append("_bucket");
        Labels.append(out, labelNames, values, "le=\"" + le + "\"");
        out.append(' ').append(cumulative).append('\n');
      }
      out.append(name).append("_sum");
      Labels.append(out, labelNames, values, "");
      out.append(' ').append(Labels.number(s.sum.sum())).append('\n');
      out.append(name).append("_count");
      Labels.append(out, labelNames, values, "");
      out.append(' ').append(cumulative).append('\n');
    }
  }

  private static final class Series {
    final LongAdder[] buckets;
    final DoubleAdder sum = new DoubleAdder();

    Series(int bounds) {
      buckets = new LongAdder[bounds + 1];
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }
  }
}
