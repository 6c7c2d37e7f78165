package io.bulwark.admission.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The metrics one webhook exposes, written in Prometheus' text format by {@link #scrape()}.
 * Families are registered once by name; registering a name twice is a bug. Thread-safe.
 */
public final class MetricsRegistry {

  /** The content type of {@link #scrape()}. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Map<String, Metric> metrics = new ConcurrentSkipListMap<>();

  public Counter counter(String name, String help, String... labelNames) {
    return register(new Counter(name, help, List.of(labelNames)));
  }

  public Histogram histogram(String name, String help, double[] bounds, String... labelNames) {
    return register(new Histogram(name, help, bounds, List.of(labelNames)));
  }

  private <M extends Metric> M register(M metric) {
    if (metrics.putIfAbsent(metric.name(), metric) != null) {
      throw new IllegalStateException("metric " + metric.name() + " is already registered");
    }
    return metric;
  }

  /** Every family, sorted by name, each series sorted by its labels. */
  public String scrape() {
    var out = new StringBuilder(4096);
    for (Metric metric : metrics.values()) {
      metric.write(out);
    }
    return out.toString();
  }
}
