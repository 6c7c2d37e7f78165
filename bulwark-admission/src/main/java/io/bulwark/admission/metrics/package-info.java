/**
 * Prometheus metrics under Kyverno's names and label names, so existing dashboards and alerts
 * work: a small registry of counters and histograms written in the text exposition format
 * (version 0.0.4), and {@link io.bulwark.admission.metrics.AdmissionMetrics}, which records
 * admission reviews and policy results. No HTTP here ({@code MetricsServer} serves the scrape);
 * nothing from the engine but its request and result types.
 */
package io.bulwark.admission.metrics;
