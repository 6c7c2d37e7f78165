package io.bulwark.admission;

import static io.bulwark.admission.TestPolicies.UNLABELLED_POD;
import static io.bulwark.admission.TestPolicies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.mutate.patch.JsonPatch;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /mutate} end to end: the real server and engine, a patchStrategicMerge policy adding a
 * label, and the JSONPatch the API server would apply to the request's object.
 */
class MutatingWebhookServerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADD_TEAM = """
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata:
        name: add-team-label
      spec:
        rules:
          - name: add-team
            match:
              any:
                - resources:
                    kinds: [Pod]
            mutate:
              patchStrategicMerge:
                metadata:
                  labels:
                    +(team): core
      """;

  @TempDir static Path dir;
  private static Webhook webhook;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    Path policies = Files.createDirectories(dir.resolve("policies"));
    Files.writeString(policies.resolve("add-team-label.yaml"), ADD_TEAM);
    webhook = Webhook.start(WebhookOptions.defaults().withPorts(0, -1).withPolicies(policies)
        .withCaFile(dir.resolve("ca.pem")));
    assertThat(webhook.startupProblems()).isEmpty();
    client = HttpClient.newBuilder().sslContext(trusting(webhook.caFile().orElseThrow()))
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    if (webhook != null) {
      webhook.close();
    }
  }

  @Test
  void theAnsweredPatchAddsTheLabelToTheRequestObject() throws Exception {
    JsonNode pod = resource(UNLABELLED_POD);

    JsonNode answer = post("/mutate", SampleReviews.create(pod, "alice"));

    assertThat(answer.path("allowed").asBoolean()).isTrue();
    assertThat(answer.path("patchType").asString()).isEqualTo("JSONPatch");
    ArrayNode patch = (ArrayNode) JSON.readTree(Base64.getDecoder().decode(answer.path("patch").asString()));
    JsonNode patched = JsonPatch.apply(pod, patch);
    ObjectNode expected = (ObjectNode) pod.deepCopy();
    ((ObjectNode) expected.path("metadata")).putObject("labels").put("team", "core");
    assertThat(patched).isEqualTo(expected);
  }

  @Test
  void nothingToChangeMeansNoPatch() throws Exception {
    ObjectNode pod = (ObjectNode) resource(UNLABELLED_POD);
    ((ObjectNode) pod.path("metadata")).putObject("labels").put("team", "edge");

    JsonNode answer = post("/mutate/fail", SampleReviews.create(pod, "alice"));

    assertThat(answer.path("allowed").asBoolean()).isTrue();
    assertThat(answer.has("patch")).isFalse();
    assertThat(answer.has("patchType")).isFalse();
  }

  private static JsonNode post(String path, JsonNode review) throws Exception {
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + webhook.port() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(review.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).path("response");
  }

  private static SSLContext trusting(Path caFile) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (InputStream in = Files.newInputStream(caFile)) {
      store.setCertificateEntry("ca", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
