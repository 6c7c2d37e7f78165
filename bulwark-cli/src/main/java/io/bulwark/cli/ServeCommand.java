package io.bulwark.cli;

import io.bulwark.admission.AdmissionReviewCodec;
import io.bulwark.admission.DurationText;
import io.bulwark.admission.SampleReviews;
import io.bulwark.admission.Webhook;
import io.bulwark.admission.WebhookOptions;
import io.bulwark.admission.policy.PolicySet;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bulwark serve}: the admission webhook over HTTPS. With no flags it serves the bundled
 * seed policies on 127.0.0.1:9443 with a generated certificate, and prints a curl line that sends
 * the seed scenario's malicious Pod. Runs until SIGTERM or Ctrl-C, then finishes the requests in
 * progress before exiting.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs the admission webhook (validate, mutate, policyvalidate) over HTTPS.",
    sortOptions = false)
final class ServeCommand extends CliCommand {

  @Option(names = "--port", paramLabel = "PORT", description = "HTTPS port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = WebhookOptions.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--policies", paramLabel = "DIR",
      description = "Policy directory (or file), watched and reloaded on change. Default: the bundled seed policies.")
  Path policies;

  @Option(names = "--cert", paramLabel = "FILE", description = "Serving certificate chain (PEM), reloaded on change.")
  Path cert;

  @Option(names = "--key", paramLabel = "FILE", description = "Private key of --cert (PEM), reloaded on change.")
  Path key;

  @Option(names = "--service", paramLabel = "NAME.NS",
      description = "Add the Service's DNS names (NAME.NS.svc, ...) to the generated certificate.")
  String service;

  @Option(names = "--ca-file", paramLabel = "FILE",
      description = "Where to write the generated CA certificate (default: bulwark-ca-PORT.pem in the temp directory).")
  Path caFile;

  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Plain-HTTP port of /metrics (default ${DEFAULT-VALUE}; negative turns metrics off).")
  int metricsPort = WebhookOptions.DEFAULT_METRICS_PORT;

  @Option(names = "--timeout", paramLabel = "DURATION",
      description = "The webhook timeout the API server uses, 1s to 30s (default 10s); requests answer within 90%% of it.")
  String timeout = "10s";

  @Override
  public Integer call() {
    Duration webhookTimeout;
    WebhookOptions options;
    try {
      webhookTimeout = DurationText.parse(timeout);
      options = WebhookOptions.defaults()
          .withHost(host)
          .withPorts(port, metricsPort)
          .withPolicies(policies)
          .withCertificate(cert, key)
          .withService(service)
          .withCaFile(caFile)
          .withTimeout(webhookTimeout);
    } catch (IllegalArgumentException e) {
      err().println("Error: " + e.getMessage());
      return 1;
    }
    Webhook webhook;
    try {
      webhook = Webhook.start(options);
    } catch (BindException e) {
      err().println("Error: cannot listen on " + host + ":" + port + " or metrics port " + metricsPort + ": "
          + e.getMessage());
      return 1;
    } catch (IOException | IllegalArgumentException e) {
      err().println("Error: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(webhook::close, "bulwark-shutdown"));
    reportProblems(webhook.startupProblems());
    printBanner(webhook);
    try {
      webhook.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      webhook.close();
    }
    return 0;
  }

  private void printBanner(Webhook webhook) {
    PrintWriter out = out();
    PolicySet served = webhook.policies();
    String origin = policies == null ? "the bundled seed scenario" : policies.toString();
    out.printf("Serving %d %s from %s: %s%n", served.size(), served.size() == 1 ? "policy" : "policies", origin,
        String.join(", ", served.names()));
    String base = "https://" + urlHost(host) + ":" + webhook.port();
    out.println("Webhook  " + base + "  /validate[/fail|/ignore]  /mutate[/fail|/ignore]  /policyvalidate");
    out.println("Health   " + base + "/health/liveness  " + base + "/health/readiness");
    if (webhook.metricsPort() >= 0) {
      out.println("Metrics  http://" + urlHost(host) + ":" + webhook.metricsPort() + "/metrics");
    }
    out.println("Timeout  " + DurationText.format(webhook.options().timeout()) + " (requests answer within "
        + DurationText.format(webhook.options().deadline()) + ")");
    String caArgument;
    if (webhook.caFile().isPresent()) {
      Path ca = webhook.caFile().get();
      out.println("CA       " + ca + "  (base64 of this file is the webhook configuration's caBundle)");
      caArgument = shellQuote(ca.toString());
    } else {
      caArgument = "YOUR-CA.pem";
    }
    Path sample = sampleReview(webhook);
    if (sample != null) {
      out.println();
      out.println(policies == null
          ? "Send the seed scenario's malicious Pod as the API server would (it is denied):"
          : "Send the seed scenario's malicious Pod as the API server would:");
      out.println("  curl -sS --cacert " + caArgument + " -H 'Content-Type: application/json' --data-binary @"
          + shellQuote(sample.toString()) + " " + base + "/validate");
    }
    out.println();
    out.println("Ctrl-C or SIGTERM stops the server after the requests in progress are answered.");
    out.flush();
  }

  /** Writes the sample AdmissionReview next to the CA file (or into the temp directory). */
  private Path sampleReview(Webhook webhook) {
    Path directory = webhook.caFile().map(Path::toAbsolutePath).map(Path::getParent)
        .orElse(Path.of(System.getProperty("java.io.tmpdir")));
    Path file = directory.resolve("bulwark-review-" + webhook.port() + ".json");
    try {
      Files.write(file, AdmissionReviewCodec.write(SampleReviews.maliciousPod()));
      return file;
    } catch (IOException e) {
      err().println("warning: cannot write the sample AdmissionReview to " + file + ": " + e.getMessage());
      return null;
    }
  }

  private static String urlHost(String host) {
    if ("0.0.0.0".equals(host) || host.isBlank()) {
      return "127.0.0.1";
    }
    if ("::".equals(host)) {
      return "[::1]";
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static String shellQuote(String text) {
    return text.matches("[A-Za-z0-9_./:@%+=-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
