package io.bulwark.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.request.UserInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RequestContextTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DIGEST = "sha256:" + "ab".repeat(32);

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static JsonNode pod(String image) {
    return json("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "namespace": "shop"},
         "spec": {"containers": [{"name": "app", "image": "%s"}]}}""".formatted(image));
  }

  private static ResourceRequest request(Operation operation, JsonNode resource, JsonNode old, RequestInfo info) {
    return new ResourceRequest(resource, old, operation, info, Map.of(), null, "");
  }

  static Stream<Arguments> operations() {
    JsonNode pod = pod("nginx");
    JsonNode old = ((ObjectNode) pod.deepCopy()).put("old", true);
    return Stream.of(
        Arguments.of(Operation.CREATE, pod, null, true, false),
        Arguments.of(Operation.UPDATE, pod, old, true, true),
        Arguments.of(Operation.DELETE, null, old, false, true),
        Arguments.of(Operation.CONNECT, pod, null, true, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void requestCarriesTheObjectsTheOperationHas(Operation operation, JsonNode resource, JsonNode old,
      boolean hasObject, boolean hasOldObject) {
    JsonNode request = RequestContext.build(request(operation, resource, old, RequestInfo.EMPTY)).get("request");

    assertThat(request.path("operation").stringValue()).isEqualTo(operation.name());
    assertThat(request.has("object")).isEqualTo(hasObject);
    assertThat(request.has("oldObject")).isEqualTo(hasOldObject);
    if (hasObject) {
      assertThat(request.get("object")).isEqualTo(resource);
    }
    if (hasOldObject) {
      assertThat(request.get("oldObject")).isEqualTo(old);
    }
    assertThat(request.path("namespace").stringValue()).isEqualTo("shop");
  }

  @Test
  void withoutARequesterThereIsNoUserInfoRolesOrServiceAccount() {
    ObjectNode root = RequestContext.build(ResourceRequest.create(pod("nginx")));

    assertThat(root.get("request").has("userInfo")).isFalse();
    assertThat(root.get("request").has("roles")).isFalse();
    assertThat(root.get("request").has("clusterRoles")).isFalse();
    assertThat(root.has("serviceAccountName")).isFalse();
    assertThat(root.has("serviceAccountNamespace")).isFalse();
  }

  @Test
  void aRequesterGivesUserInfoRolesAndClusterRoles() {
    var info = new RequestInfo(List.of("shop:editor"), List.of("view", "audit"),
        new UserInfo("alice", "u-1", List.of("devs"), Map.of("scope", List.of("a", "b"))));
    ObjectNode root = RequestContext.build(request(Operation.CREATE, pod("nginx"), null, info));

    assertThat(root.get("request").get("roles")).isEqualTo(json("[\"shop:editor\"]"));
    assertThat(root.get("request").get("clusterRoles")).isEqualTo(json("[\"view\", \"audit\"]"));
    assertThat(root.get("request").get("userInfo")).isEqualTo(json(
        "{\"username\": \"alice\", \"uid\": \"u-1\", \"groups\": [\"devs\"], \"extra\": {\"scope\": [\"a\", \"b\"]}}"));
    assertThat(root.get("serviceAccountName").stringValue()).isEmpty();
    assertThat(root.get("serviceAccountNamespace").stringValue()).isEmpty();
  }

  @Test
  void userInfoFieldsAreOmittedWhenEmptyAsKubernetesMarshalsThem() {
    var info = new RequestInfo(List.of(), List.of("view"), UserInfo.EMPTY);
    ObjectNode root = RequestContext.build(request(Operation.CREATE, pod("nginx"), null, info));

    assertThat(root.get("request").get("userInfo")).isEqualTo(json("{}"));
    assertThat(root.get("request").get("roles")).isEqualTo(json("[]"));
  }

  static Stream<Arguments> serviceAccounts() {
    return Stream.of(
        Arguments.of("system:serviceaccount:ci:deployer", "deployer", "ci"),
        Arguments.of("system:serviceaccount:ci:deployer:extra", "deployer", "ci"),
        Arguments.of("system:serviceaccount:ci", "", ""),
        Arguments.of("system:serviceaccount:", "", ""),
        Arguments.of("kubernetes-admin", "", ""),
        // Kyverno cuts the prefix's length off without checking the prefix itself.
        Arguments.of("oidc:https://issuer.example:alice", "alice", "ample"));
  }

  @ParameterizedTest(name = "{0} -> {2}/{1}")
  @MethodSource("serviceAccounts")
  void serviceAccountNameAndNamespaceComeFromTheUsername(String username, String name, String namespace) {
    var info = new RequestInfo(List.of(), List.of(), new UserInfo(username, "", List.of(), Map.of()));
    ObjectNode root = RequestContext.build(request(Operation.CREATE, pod("nginx"), null, info));

    assertThat(root.get("serviceAccountName").stringValue()).isEqualTo(name);
    assertThat(root.get("serviceAccountNamespace").stringValue()).isEqualTo(namespace);
  }

  static Stream<Arguments> images() {
    return Stream.of(
        Arguments.of("nginx", """
            {"registry": "docker.io", "path": "nginx", "name": "nginx", "tag": "latest",
             "reference": "docker.io/nginx:latest", "referenceWithTag": "docker.io/nginx:latest"}"""),
        Arguments.of("nginx:1.25", """
            {"registry": "docker.io", "path": "nginx", "name": "nginx", "tag": "1.25",
             "reference": "docker.io/nginx:1.25", "referenceWithTag": "docker.io/nginx:1.25"}"""),
        Arguments.of("ghcr.io/org/app:v1", """
            {"registry": "ghcr.io", "path": "org/app", "name": "app", "tag": "v1",
             "reference": "ghcr.io/org/app:v1", "referenceWithTag": "ghcr.io/org/app:v1"}"""),
        Arguments.of("localhost:5000/app", """
            {"registry": "localhost:5000", "path": "app", "name": "app", "tag": "latest",
             "reference": "localhost:5000/app:latest", "referenceWithTag": "localhost:5000/app:latest"}"""),
        Arguments.of("app@" + DIGEST, """
            {"registry": "docker.io", "path": "app", "name": "app", "digest": "%s",
             "reference": "docker.io/app@%s", "referenceWithTag": "docker.io/app:"}""".formatted(DIGEST, DIGEST)),
        Arguments.of("registry.k8s.io/pause:3.9@" + DIGEST, """
            {"registry": "registry.k8s.io", "path": "pause", "name": "pause", "tag": "3.9", "digest": "%s",
             "reference": "registry.k8s.io/pause@%s", "referenceWithTag": "registry.k8s.io/pause:3.9"}"""
            .formatted(DIGEST, DIGEST)),
        Arguments.of("library/busybox", """
            {"registry": "docker.io", "path": "library/busybox", "name": "busybox", "tag": "latest",
             "reference": "docker.io/library/busybox:latest", "referenceWithTag": "docker.io/library/busybox:latest"}"""),
        Arguments.of("MyRegistry/app:1", """
            {"registry": "MyRegistry", "path": "app", "name": "app", "tag": "1",
             "reference": "MyRegistry/app:1", "referenceWithTag": "MyRegistry/app:1"}"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("images")
  void imagesAreSplitAsKyvernosGetImageInfo(String image, String expected) {
    ObjectNode info = (ObjectNode) json(expected);
    info.put("jsonPointer", "/spec/containers/0/image");
    info.putArray("imagePullSecrets");

    JsonNode images = RequestContext.build(ResourceRequest.create(pod(image))).get("images");

    assertThat(images).isEqualTo(json("{\"containers\": {\"app\": " + info + "}}"));
  }

  static Stream<Arguments> podSpecs() {
    String spec = """
        {"imagePullSecrets": [{"name": "pull"}],
         "initContainers": [{"name": "init", "image": "busybox"}],
         "containers": [{"name": "a", "image": "nginx"}, {"name": "b", "image": "ghcr.io/org/b:1"}]}""";
    return Stream.of(
        Arguments.of("{\"kind\": \"Pod\", \"spec\": " + spec + "}", "/spec"),
        Arguments.of("{\"kind\": \"Deployment\", \"spec\": {\"template\": {\"spec\": " + spec + "}}}",
            "/spec/template/spec"),
        Arguments.of("{\"kind\": \"StatefulSet\", \"spec\": {\"template\": {\"spec\": " + spec + "}}}",
            "/spec/template/spec"),
        Arguments.of("{\"kind\": \"CronJob\", \"spec\": {\"jobTemplate\": {\"spec\": {\"template\": {\"spec\": "
            + spec + "}}}}}", "/spec/jobTemplate/spec/template/spec"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("podSpecs")
  void podsAndPodTemplatesGiveImagesByGroupAndContainerName(String resource, String specPointer) {
    JsonNode images = RequestContext.build(ResourceRequest.create(json(resource))).get("images");

    assertThat(images.properties()).extracting(Map.Entry::getKey).containsExactly("initContainers", "containers");
    assertThat(images.at("/initContainers/init/reference").stringValue()).isEqualTo("docker.io/busybox:latest");
    assertThat(images.at("/containers/a/jsonPointer").stringValue()).isEqualTo(specPointer + "/containers/0/image");
    assertThat(images.at("/containers/b/jsonPointer").stringValue()).isEqualTo(specPointer + "/containers/1/image");
    assertThat(images.at("/containers/b/imagePullSecrets")).isEqualTo(json("[\"pull\"]"));
  }

  static Stream<Arguments> withoutImages() {
    return Stream.of(
        Arguments.of("{\"kind\": \"ConfigMap\", \"data\": {\"image\": \"nginx\"}}"),
        Arguments.of("{\"kind\": \"Pod\", \"spec\": {\"containers\": []}}"),
        Arguments.of("{\"kind\": \"Pod\", \"spec\": {\"containers\": [{\"name\": \"x\", \"image\": \" \"}]}}"),
        Arguments.of("{\"kind\": \"Deployment\", \"spec\": {}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withoutImages")
  void noImagesMeansNoImagesVariable(String resource) {
    assertThat(RequestContext.build(ResourceRequest.create(json(resource))).has("images")).isFalse();
  }

  @Test
  void aDeleteHasNoImages() {
    JsonNode pod = pod("nginx");
    assertThat(RequestContext.build(request(Operation.DELETE, null, pod, RequestInfo.EMPTY)).has("images")).isFalse();
  }
}
