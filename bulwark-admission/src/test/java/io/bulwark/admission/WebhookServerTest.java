package io.bulwark.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.admission.policy.SeedPolicies;
import io.bulwark.admission.tls.CertificateAuthority;
import io.bulwark.admission.tls.PemFiles;
import io.bulwark.admission.tls.ServingIdentity;
import io.bulwark.api.yaml.KubeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real server on an ephemeral loopback port, with a generated certificate, spoken to over TLS
 * by the JDK's HTTP client trusting the generated CA: the seed scenario, warnings, bad input,
 * health, metrics and a policy changed on disk.
 */
class WebhookServerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TEAM_LABEL = """
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata:
        name: require-team-label
      spec:
        validationFailureAction: %s
        emitWarning: true
        rules:
          - name: check-team
            match:
              any:
                - resources:
                    kinds: [Pod]
            validate:
              message: "label 'team' is required"
              pattern:
                metadata:
                  labels:
                    team: "?*"
      """;

  @TempDir static Path dir;
  private static Path policies;
  private static Webhook webhook;
  private static HttpClient client;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    policies = Files.createDirectories(dir.resolve("policies"));
    for (String name : List.of("disallow-host-namespaces.yaml", "disallow-privileged-containers.yaml")) {
      Files.copy(Path.of("../policies/kubeflow").resolve(name), policies.resolve(name));
    }
    Files.writeString(policies.resolve("require-team-label.yaml"), TEAM_LABEL.formatted("Audit"));
    webhook = Webhook.start(WebhookOptions.defaults()
        .withPorts(0, 0)
        .withPolicies(policies)
        .withCaFile(dir.resolve("ca.pem"))
        .withReloadInterval(Duration.ofMillis(100))
        .withMaxBodyBytes(64 * 1024));
    assertThat(webhook.startupProblems()).isEmpty();
    client = HttpClient.newBuilder()
        .sslContext(trusting(webhook.caFile().orElseThrow()))
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    base = "https://127.0.0.1:" + webhook.port();
  }

  @AfterAll
  static void stop() {
    if (webhook != null) {
      webhook.close();
    }
  }

  @Test
  void theSeedScenariosMaliciousPodIsDeniedWithTheSeedMessage() throws Exception {
    HttpResponse<String> response = post("/validate", SampleReviews.maliciousPod().toString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.sslSession()).hasValueSatisfying(s -> assertThat(s.getProtocol()).isEqualTo("TLSv1.3"));
    JsonNode answer = JSON.readTree(response.body()).path("response");
    assertThat(answer.path("allowed").asBoolean()).isFalse();
    assertThat(answer.path("status").path("message").asString()).isEqualTo(seedDenial());
  }

  @Test
  void aGoodPodIsAllowedWithTheAuditPolicysWarning() throws Exception {
    HttpResponse<String> response = post("/validate", notebookReview().toString());
    JsonNode answer = JSON.readTree(response.body()).path("response");
    assertThat(answer.path("allowed").asBoolean()).isTrue();
    assertThat(answer.path("warnings").toString()).contains(
        "policy require-team-label.check-team: validation error: label 'team' is required. rule check-team failed"
            + " at path /metadata/labels/team/");
  }

  @Test
  void badBodiesGetOneLineReasonsAndTheServerKeepsServing() throws Exception {
    assertThat(post("/validate", "{not json")).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("request body is not valid JSON at line 1, column 2\n");
    });
    assertThat(post("/validate", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}").body())
        .isEqualTo("not an AdmissionReview: kind is \"Pod\"\n");
    ObjectNode noObject = SampleReviews.maliciousPod();
    ((ObjectNode) noObject.path("request")).remove("object");
    assertThat(post("/validate", noObject.toString())).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("request.object is missing\n");
    });
    assertThat(post("/validate", "x".repeat(65 * 1024))).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).isEqualTo("request body larger than 64 KiB\n");
    });
    assertThat(get("/validate").statusCode()).isEqualTo(405);
    assertThat(post("/nowhere", "{}").statusCode()).isEqualTo(404);

    assertThat(JSON.readTree(post("/validate", SampleReviews.maliciousPod().toString()).body())
        .path("response").path("allowed").asBoolean()).isFalse();
  }

  @Test
  void mutateAndPolicyValidateAnswer() throws Exception {
    JsonNode mutate = JSON.readTree(post("/mutate", SampleReviews.maliciousPod().toString()).body()).path("response");
    assertThat(mutate.path("allowed").asBoolean()).isTrue();
    assertThat(mutate.has("patch")).isFalse();

    JsonNode policy = KubeYaml.parse("p.yaml", TEAM_LABEL.formatted("Block")).get(0).tree();
    ObjectNode review = SampleReviews.create(policy, "admin");
    JsonNode answer = JSON.readTree(post("/policyvalidate", review.toString()).body()).path("response");
    assertThat(answer.path("allowed").asBoolean()).isFalse();
    assertThat(answer.path("status").path("message").asString()).isEqualTo(
        "ClusterPolicy/require-team-label: spec.validationFailureAction: unsupported value \"Block\"; use Audit or Enforce");
  }

  @Test
  void healthAndMetrics() throws Exception {
    assertThat(get("/health/liveness")).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("ok\n");
    });
    assertThat(get("/health/readiness").statusCode()).isEqualTo(200);

    post("/validate", SampleReviews.maliciousPod().toString());
    HttpResponse<String> metrics = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.metricsPort() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(metrics.body())
        .contains("# TYPE kyverno_admission_requests_total counter")
        .contains("kyverno_admission_requests_total{resource_kind=\"Pod\",resource_namespace=\"kubeflow-user\","
            + "resource_request_operation=\"create\",request_allowed=\"false\","
            + "request_webhook=\"ValidatingWebhookConfiguration\"}")
        .contains("# TYPE kyverno_admission_review_duration_seconds histogram")
        .contains("kyverno_policy_results_total{policy_validation_mode=\"enforce\",policy_type=\"cluster\","
            + "policy_background_mode=\"true\",policy_namespace=\"-\",policy_name=\"disallow-host-namespaces\","
            + "resource_kind=\"Pod\",resource_namespace=\"kubeflow-user\",resource_request_operation=\"create\","
            + "rule_name=\"host-namespaces\",rule_result=\"fail\",rule_type=\"validate\","
            + "rule_execution_cause=\"admission_request\",dry_run=\"false\"}")
        .contains("kyverno_policy_execution_duration_seconds_bucket{");
  }

  @Test
  void aPolicyChangedOnDiskTakesEffectWithoutRestart() throws Exception {
    Path file = policies.resolve("require-team-label.yaml");
    try {
      Files.writeString(file, TEAM_LABEL.formatted("Enforce"));
      boolean denied = eventually(() -> !allowed(notebookReview()));
      assertThat(denied).as("the notebook Pod is denied once require-team-label enforces").isTrue();

      Files.writeString(file, "apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: [broken\n");
      Thread.sleep(400);
      assertThat(allowed(notebookReview())).as("a broken file keeps its last good version").isFalse();
    } finally {
      Files.writeString(file, TEAM_LABEL.formatted("Audit"));
      assertThat(eventually(() -> allowed(notebookReview()))).isTrue();
    }
  }

  @Test
  void certificateFilesReplacedOnDiskAreServedToNewConnections(@TempDir Path certs) throws Exception {
    CertificateAuthority ca = CertificateAuthority.generate("files-ca");
    ServingIdentity first = ca.issueServing(List.of("localhost", "127.0.0.1"));
    Path cert = certs.resolve("tls.crt");
    Path key = certs.resolve("tls.key");
    writePair(cert, key, first);
    try (Webhook fromFiles = Webhook.start(WebhookOptions.defaults().withPorts(0, -1)
        .withCertificate(cert, key).withReloadInterval(Duration.ofMillis(100)))) {
      assertThat(fromFiles.caFile()).isEmpty();
      assertThat(servedCertificate(fromFiles.port(), ca)).isEqualTo(first.leaf());
      ServingIdentity second = ca.issueServing(List.of("localhost", "127.0.0.1"));
      writePair(cert, key, second);
      assertThat(eventually(() -> second.leaf().equals(servedCertificate(fromFiles.port(), ca)))).isTrue();
    }
  }

  @Test
  void shutdownAnswersTheRequestsInProgress() throws Exception {
    AdmissionHandler slow = request -> {
      try {
        Thread.sleep(700);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return AdmissionDecision.allow();
    };
    CertificateAuthority ca = CertificateAuthority.generate("drain-ca");
    var keys = new io.bulwark.admission.tls.ReloadingKeyManager(ca.issueServing(List.of("127.0.0.1")));
    var server = new WebhookServer(new java.net.InetSocketAddress("127.0.0.1", 0),
        io.bulwark.admission.tls.TlsSettings.configurator(io.bulwark.admission.tls.TlsSettings.serverContext(keys)),
        Map.of("/validate", slow), 64 * 1024, () -> true);
    server.start();
    HttpClient drainClient = HttpClient.newBuilder().sslContext(trusting(ca.certificate()))
        .version(HttpClient.Version.HTTP_1_1).build();
    CompletableFuture<HttpResponse<String>> inFlight = drainClient.sendAsync(
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/validate"))
            .POST(HttpRequest.BodyPublishers.ofString(SampleReviews.maliciousPod().toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    server.stop(Duration.ofSeconds(5));
    HttpResponse<String> response = inFlight.get();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("response").path("allowed").asBoolean()).isTrue();
  }

  private static String seedDenial() throws IOException {
    JsonNode golden = JSON.readTree(Path.of("src/test/resources/reviews/seed-malicious-pod-denied/response.json")
        .toFile());
    return golden.path("response").path("status").path("message").asString();
  }

  private static ObjectNode notebookReview() {
    try {
      String yaml = Files.readString(Path.of("../examples/kubeflow/notebook-pod.yaml"));
      return SampleReviews.create(KubeYaml.parse("notebook-pod.yaml", yaml).get(0).tree(), "alice");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean allowed(ObjectNode review) {
    try {
      return JSON.readTree(post("/validate", review.toString()).body()).path("response").path("allowed").asBoolean();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls for up to 10 s. */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static SSLContext trusting(Path caFile) throws Exception {
    try (InputStream in = Files.newInputStream(caFile)) {
      return trusting((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
  }

  private static SSLContext trusting(X509Certificate ca) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", ca);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static X509Certificate servedCertificate(int port, CertificateAuthority ca) {
    try (SSLSocket socket = (SSLSocket) trusting(ca.certificate()).getSocketFactory().createSocket("127.0.0.1", port)) {
      socket.startHandshake();
      return (X509Certificate) socket.getSession().getPeerCertificates()[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writePair(Path cert, Path key, ServingIdentity identity) throws IOException {
    Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(identity.key().getEncoded())
        + "\n-----END PRIVATE KEY-----\n");
    Files.writeString(cert, PemFiles.pem(identity.leaf()) + PemFiles.pem(identity.chain().get(1)));
  }
}
