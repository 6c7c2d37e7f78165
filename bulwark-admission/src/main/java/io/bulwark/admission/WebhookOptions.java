package io.bulwark.admission;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the webhook. Null paths mean "not given": no {@code policies} serves the bundled
 * seed scenario; no {@code certFile}/{@code keyFile} generates a CA and serving certificate and
 * writes the CA to {@code caFile} (default: a file in the temporary directory named after the
 * port). Port 0 binds an ephemeral port; a negative metrics port disables metrics.
 *
 * @param timeout the webhook timeout the API server applies (1 to 30 s); each request's deadline
 *     is 90% of it, so the failure policy can still answer in time
 * @param reloadInterval how often policy and certificate files are checked for changes
 * @param maxBodyBytes the largest request body accepted (413 above)
 */
public record WebhookOptions(
    String host,
    int port,
    int metricsPort,
    Path policies,
    Path certFile,
    Path keyFile,
    String service,
    Path caFile,
    Duration timeout,
    Duration reloadInterval,
    int maxBodyBytes) {

  public static final int DEFAULT_PORT = 9443;
  public static final int DEFAULT_METRICS_PORT = 8000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024;

  public WebhookOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(reloadInterval, "reloadInterval");
    if ((certFile == null) != (keyFile == null)) {
      throw new IllegalArgumentException("--cert and --key go together: give both or neither");
    }
    if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(30)) > 0) {
      throw new IllegalArgumentException("--timeout must be between 1s and 30s (the API server's limits), got "
          + DurationText.format(timeout));
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    if (metricsPort > 65535) {
      throw new IllegalArgumentException("--metrics-port must be at most 65535, got " + metricsPort);
    }
    if (reloadInterval.isNegative() || reloadInterval.isZero()) {
      throw new IllegalArgumentException("the reload interval must be positive");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("the body size cap must be at least 1 KiB");
    }
  }

  /** Loopback, port 9443, metrics on 8000, seed policies, generated certificates, 10 s timeout. */
  public static WebhookOptions defaults() {
    return new WebhookOptions("127.0.0.1", DEFAULT_PORT, DEFAULT_METRICS_PORT, null, null, null, null, null,
        DEFAULT_TIMEOUT, Duration.ofSeconds(2), DEFAULT_MAX_BODY_BYTES);
  }

  /** The time a request may wait for its policies: 90% of the webhook timeout. */
  public Duration deadline() {
    return timeout.multipliedBy(9).dividedBy(10);
  }

  public WebhookOptions withHost(String value) {
    return new WebhookOptions(value, port, metricsPort, policies, certFile, keyFile, service, caFile, timeout,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withPorts(int webhook, int metrics) {
    return new WebhookOptions(host, webhook, metrics, policies, certFile, keyFile, service, caFile, timeout,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withPolicies(Path value) {
    return new WebhookOptions(host, port, metricsPort, value, certFile, keyFile, service, caFile, timeout,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withCertificate(Path cert, Path key) {
    return new WebhookOptions(host, port, metricsPort, policies, cert, key, service, caFile, timeout,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withService(String value) {
    return new WebhookOptions(host, port, metricsPort, policies, certFile, keyFile, value, caFile, timeout,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withCaFile(Path value) {
    return new WebhookOptions(host, port, metricsPort, policies, certFile, keyFile, service, value, timeout,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withTimeout(Duration value) {
    return new WebhookOptions(host, port, metricsPort, policies, certFile, keyFile, service, caFile, value,
        reloadInterval, maxBodyBytes);
  }

  public WebhookOptions withReloadInterval(Duration value) {
    return new WebhookOptions(host, port, metricsPort, policies, certFile, keyFile, service, caFile, timeout,
        value, maxBodyBytes);
  }

  public WebhookOptions withMaxBodyBytes(int value) {
    return new WebhookOptions(host, port, metricsPort, policies, certFile, keyFile, service, caFile, timeout,
        reloadInterval, value);
  }
}
