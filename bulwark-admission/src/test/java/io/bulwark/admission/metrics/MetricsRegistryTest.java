package io.bulwark.admission.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsRegistryTest {

  @Test
  void writesCountersAndHistogramsInPrometheusTextFormat() {
    var registry = new MetricsRegistry();
    Counter requests = registry.counter("x_requests_total", "Requests.", "kind", "allowed");
    Histogram duration = registry.histogram("x_duration_seconds", "Durations.", new double[] {0.01, 1}, "kind");
    requests.inc("Pod", "true");
    requests.inc("Pod", "true");
    requests.inc("Pod \"quoted\"\\\n", "false");
    duration.observe(0.005, "Pod");
    duration.observe(0.5, "Pod");
    duration.observe(2.5, "Pod");

    assertThat(registry.scrape()).isEqualTo("""
        # HELP x_duration_seconds Durations.
        # TYPE x_duration_seconds histogram
        x_duration_seconds_bucket{kind="Pod",le="0.01"} 1
        x_duration_seconds_bucket{kind="Pod",le="1"} 2
        x_duration_seconds_bucket{kind="Pod",le="+Inf"} 3
        x_duration_seconds_sum{kind="Pod"} 3.005
        x_duration_seconds_count{kind="Pod"} 3
        # HELP x_requests_total Requests.
        # TYPE x_requests_total counter
        x_requests_total{kind="Pod",allowed="true"} 2
        x_requests_total{kind="Pod \\"quoted\\"\\\\\\n",allowed="false"} 1
        """);
    assertThat(requests.value("Pod", "true")).isEqualTo(2);
    assertThat(duration.count("Pod")).isEqualTo(3);
  }

  @Test
  void labelValuesMustMatchTheLabelNames() {
    var registry = new MetricsRegistry();
    Counter counter = registry.counter("c_total", "C.", "a", "b");
    assertThatThrownBy(() -> counter.inc("only-one")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 2 label values [a, b], got 1");
    assertThatThrownBy(() -> registry.counter("c_total", "again")).isInstanceOf(IllegalStateException.class);
  }
}
