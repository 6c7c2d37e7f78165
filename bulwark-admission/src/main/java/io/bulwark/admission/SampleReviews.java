package io.bulwark.admission;

import io.bulwark.admission.policy.SeedPolicies;
import io.bulwark.api.yaml.KubeYaml;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * AdmissionReview requests shaped as the API server sends them, for demonstrations and tests:
 * {@code bulwark serve} prints a curl line that posts {@link #maliciousPod()}.
 */
public final class SampleReviews {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SampleReviews() {}

  /** A CREATE of the seed scenario's malicious Pod by a Kubeflow user. */
  public static ObjectNode maliciousPod() {
    JsonNode pod = KubeYaml.parse("pwn-pod.yaml", SeedPolicies.maliciousPod()).get(0).tree();
    return create(pod, "kubeflow-user@example.com");
  }

  /** A CREATE review of {@code object} (a core or grouped resource) by {@code username}. */
  public static ObjectNode create(JsonNode object, String username) {
    ObjectNode review = NODES.objectNode();
    review.put("apiVersion", AdmissionReviewCodec.V1);
    review.put("kind", AdmissionReviewCodec.KIND);
    ObjectNode request = review.putObject("request");
    request.put("uid", UUID.randomUUID().toString());
    String apiVersion = object.path("apiVersion").asString("v1");
    String kind = object.path("kind").asString("");
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    ObjectNode gvk = request.putObject("kind");
    gvk.put("group", group);
    gvk.put("version", version);
    gvk.put("kind", kind);
    ObjectNode gvr = request.putObject("resource");
    gvr.put("group", group);
    gvr.put("version", version);
    gvr.put("resource", kind.toLowerCase(Locale.ROOT) + "s");
    String namespace = object.path("metadata").path("namespace").asString("");
    request.put("name", object.path("metadata").path("name").asString(""));
    if (!namespace.isEmpty()) {
      request.put("namespace", namespace);
    }
    request.put("operation", "CREATE");
    ObjectNode user = request.putObject("userInfo");
    user.put("username", username);
    user.putArray("groups").add("system:authenticated");
    request.set("object", object);
    request.putNull("oldObject");
    request.put("dryRun", false);
    return review;
  }
}
