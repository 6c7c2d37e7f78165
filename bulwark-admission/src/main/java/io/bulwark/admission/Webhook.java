package io.bulwark.admission;

import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.metrics.MetricsRegistry;
import io.bulwark.admission.policy.PolicyDirectory;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.admission.policy.SeedPolicies;
import io.bulwark.admission.tls.CertificateAuthority;
import io.bulwark.admission.tls.CertificateFiles;
import io.bulwark.admission.tls.PemFiles;
import io.bulwark.admission.tls.ReloadingKeyManager;
import io.bulwark.admission.tls.ServingIdentity;
import io.bulwark.admission.tls.TlsSettings;
import io.bulwark.api.problem.Problem;
import io.bulwark.engine.DefaultEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds policies, certificates, engine, handlers, servers and the reload
 * loop from {@link WebhookOptions}, and owns them until {@link #close()}.
 *
 * <pre>{@code
 * try (Webhook webhook = Webhook.start(WebhookOptions.defaults().withPorts(0, 0))) {
 *   ... https://127.0.0.1:<webhook.port()>/validate ...
 * }
 * }</pre>
 */
public final class Webhook implements AutoCloseable {

  static {
    JdkHttpServers.configure();
  }

  private static final Logger LOG = LoggerFactory.getLogger("io.bulwark.admission.reload");

  private final WebhookOptions options;
  private final Supplier<PolicySet> policies;
  private final List<Problem> startupProblems;
  private final Optional<Path> caFile;
  private final MetricsRegistry registry = new MetricsRegistry();
  private final PolicyEvaluator evaluator;
  private final ThreadPoolExecutor audits;
  private final WebhookServer server;
  private final MetricsServer metricsServer;
  private final ScheduledExecutorService reloads;
  private final AtomicBoolean ready = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);

  private Webhook(WebhookOptions options) throws IOException {
    this.options = options;
    PolicyDirectory directory = null;
    if (options.policies() == null) {
      PolicySet seed = SeedPolicies.load();
      this.policies = () -> seed;
      this.startupProblems = List.of();
    } else {
      if (!Files.exists(options.policies())) {
        throw new IllegalArgumentException("--policies " + options.policies() + ": no such file or directory");
      }
      directory = new PolicyDirectory(options.policies());
      this.startupProblems = directory.scan().problems();
      this.policies = directory;
    }

    CertificateFiles certificateFiles = null;
    CertificateAuthority ca = null;
    ServingIdentity identity;
    if (options.certFile() != null) {
      certificateFiles = new CertificateFiles(options.certFile(), options.keyFile());
      identity = certificateFiles.load();
    } else {
      ca = CertificateAuthority.generate("bulwark-webhook-ca");
      identity = ca.issueServing(CertificateAuthority.webhookHosts(options.host(), options.service()));
    }
    var keys = new ReloadingKeyManager(identity);

    var metrics = new AdmissionMetrics(registry);
    var engine = new DefaultEngine();
    this.evaluator = new PolicyEvaluator(engine::validate);
    // Kyverno's audit worker pool: a few workers, a bounded queue, excess work dropped.
    this.audits = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
        Thread.ofPlatform().daemon().name("bulwark-audit-", 1).factory(), new ThreadPoolExecutor.DiscardPolicy());
    audits.allowCoreThreadTimeOut(true);

    Map<String, AdmissionHandler> routes =
        AdmissionRoutes.build(policies, evaluator,
        engine::mutate, options.deadline(), metrics, audits);
    warmUp(new ValidatingHandler(policies, Optional.empty(), evaluator, options.deadline(),
        new AdmissionMetrics(new MetricsRegistry()), Runnable::run));
    this.server = new WebhookServer(new InetSocketAddress(options.host(), options.port()),
        TlsSettings.configurator(TlsSettings.serverContext(keys)), routes, options.maxBodyBytes(), ready::get);
    try {
      this.metricsServer = options.metricsPort() < 0 ? null
          : new MetricsServer(new InetSocketAddress(options.host(), options.metricsPort()), registry);
      this.caFile = ca == null ? Optional.empty() : Optional.of(writeCa(ca, options, server.port()));
    } catch (IOException e) {
      server.close();
      throw e;
    }

    this.reloads = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("bulwark-reload").factory());
    PolicyDirectory watched = directory;
    CertificateFiles watchedCertificates = certificateFiles;
    long interval = options.reloadInterval().toMillis();
    reloads.scheduleWithFixedDelay(() -> reload(watched, watchedCertificates, keys), interval, interval,
        TimeUnit.MILLISECONDS);
  }

  /** Writes the generated CA where asked, or to {@code bulwark-ca-PORT.pem} in the temporary directory. */
  private static Path writeCa(CertificateAuthority ca, WebhookOptions options, int port) throws IOException {
    Path file = options.caFile() != null ? options.caFile()
        : Path.of(System.getProperty("java.io.tmpdir"), "bulwark-ca-" + port + ".pem");
    Files.writeString(file, PemFiles.pem(ca.certificate()), StandardCharsets.US_ASCII);
    return file;
  }

  /**
   * Starts serving. Policy files with problems do not stop the start: their problems are in
   * {@link #startupProblems()} and the other files serve.
   *
   * @throws IllegalArgumentException for options that cannot work (missing policy directory,
   *     unreadable or mismatched certificate files)
   * @throws IOException when a port cannot be bound
   */
  public static Webhook start(WebhookOptions options) throws IOException {
    Webhook webhook = new Webhook(options);
    try {
      webhook.server.start();
      if (webhook.metricsServer != null) {
        webhook.metricsServer.start();
      }
    } catch (RuntimeException e) {
      webhook.close();
      throw e;
    }
    webhook.ready.set(true);
    return webhook;
  }

  /**
   * Answers one sample review before the server is ready, so the first real request does not pay
   * for class loading and the first compilations. It is neither logged nor counted.
   */
  private static void warmUp(AdmissionHandler validate) {
    try {
      validate.review(SampleReviews.maliciousPod());
    } catch (RuntimeException e) {
      LOG.atDebug().addKeyValue("error", e.toString()).log("warm-up request failed");
    }
  }

  private void reload(PolicyDirectory directory, CertificateFiles certificates, ReloadingKeyManager keys) {
    try {
      if (directory != null) {
        PolicyDirectory.ScanResult scan = directory.scan();
        for (Problem problem : scan.problems()) {
          (problem.isError() ? LOG.atWarn() : LOG.atInfo()).addKeyValue("problem", problem.render())
              .log("policy file problem");
        }
        for (String file : scan.rejectedFiles()) {
          LOG.atWarn().addKeyValue("file", file).log("policy file rejected; its last good version keeps serving");
        }
        if (scan.changed()) {
          LOG.atInfo().addKeyValue("policies", directory.get().names()).log("policies reloaded");
        }
      }
      if (certificates != null) {
        try {
          certificates.reloadIfChanged().ifPresent(identity -> {
            keys.replace(identity);
            LOG.atInfo().addKeyValue("subject", identity.leaf().getSubjectX500Principal().getName())
                .addKeyValue("notAfter", identity.leaf().getNotAfter().toInstant().toString())
                .log("serving certificate reloaded");
          });
        } catch (IllegalArgumentException bad) {
          LOG.atWarn().addKeyValue("error", bad.getMessage())
              .log("new certificate files not loaded; the previous certificate keeps serving");
        }
      }
    } catch (RuntimeException bug) {
      // The loop must survive anything, or reloads would stop silently.
      LOG.atError().setCause(bug).log("policy or certificate reload failed");
    }
  }

  public int port() {
    return server.port();
  }

  /** The metrics port, or -1 when metrics are off. */
  public int metricsPort() {
    return metricsServer == null ? -1 : metricsServer.port();
  }

  /** Where the generated CA certificate was written; empty when certificates come from files. */
  public Optional<Path> caFile() {
    return caFile;
  }

  /** The policies served right now. */
  public PolicySet policies() {
    return policies.get();
  }

  /** Problems of the policy files at start-up (those files, or their bad documents, are not served). */
  public List<Problem> startupProblems() {
    return startupProblems;
  }

  public WebhookOptions options() {
    return options;
  }

  public MetricsRegistry metrics() {
    return registry;
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitTermination() throws InterruptedException {
    terminated.await();
  }

  /**
   * Graceful shutdown: readiness turns 503, the listener closes, requests in progress get up to
   * the webhook timeout to finish, then everything stops. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ready.set(false);
    try {
      reloads.shutdownNow();
      server.stop(options.timeout());
      if (metricsServer != null) {
        metricsServer.close();
      }
      evaluator.close();
      audits.shutdownNow();
    } finally {
      terminated.countDown();
    }
  }
}
