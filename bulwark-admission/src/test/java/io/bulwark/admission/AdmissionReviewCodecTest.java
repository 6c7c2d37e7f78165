package io.bulwark.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulwark.engine.request.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdmissionReviewCodecTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Arguments> badBodies() {
    String pod = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"}}";
    String kind = "\"kind\":{\"group\":\"\",\"version\":\"v1\",\"kind\":\"Pod\"}";
    return Stream.of(
        Arguments.of("", "empty request body; expected an AdmissionReview"),
        Arguments.of("{\"apiVersion\": ", "request body is not valid JSON at line 1, column 16"),
        Arguments.of("not json", "request body is not valid JSON at line 1, column 1"),
        Arguments.of("[1, 2]", "expected an AdmissionReview object, got a list"),
        Arguments.of(pod, "not an AdmissionReview: kind is \"Pod\""),
        Arguments.of("{\"apiVersion\":\"v1\"}", "not an AdmissionReview: kind is missing"),
        Arguments.of("{\"apiVersion\":\"admission.k8s.io/v2\",\"kind\":\"AdmissionReview\"}",
            "unsupported AdmissionReview apiVersion \"admission.k8s.io/v2\"; expected admission.k8s.io/v1"),
        Arguments.of(review(null), "AdmissionReview has no request"),
        Arguments.of(review("{}"), "request.uid is missing"),
        Arguments.of(review("{\"uid\": 7}"), "request.uid must be a string, got a number"),
        Arguments.of(review("{\"uid\":\"u\"}"), "request.operation is missing"),
        Arguments.of(review("{\"uid\":\"u\",\"operation\":\"PATCH\"}"),
            "request.operation \"PATCH\" is not one of CREATE, UPDATE, DELETE, CONNECT"),
        Arguments.of(review("{\"uid\":\"u\",\"operation\":\"CREATE\"}"),
            "request.kind is missing (expected {group, version, kind})"),
        Arguments.of(review("{\"uid\":\"u\",\"operation\":\"CREATE\"," + kind + "}"), "request.object is missing"),
        Arguments.of(review("{\"uid\":\"u\",\"operation\":\"CREATE\"," + kind + ",\"object\":[]}"),
            "request.object must be an object, got a list"),
        Arguments.of(review("{\"uid\":\"u\",\"operation\":\"DELETE\"," + kind + ",\"object\":null}"),
            "request.oldObject is missing; a DELETE is evaluated against it"),
        Arguments.of(review("{\"uid\":\"u\",\"operation\":\"CREATE\"," + kind + ",\"object\":" + pod
            + ",\"userInfo\":{\"groups\":\"admins\"}}"), "request.userInfo.groups must be a list of strings"));
  }

  private static String review(String request) {
    return "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\""
        + (request == null ? "" : ",\"request\":" + request) + "}";
  }

  @ParameterizedTest
  @MethodSource("badBodies")
  void badBodiesAreRejectedWithAOneLineReason(String body, String reason) {
    assertThatThrownBy(() -> AdmissionReviewCodec.decode(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(BadReviewException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.reason()).isEqualTo(reason).doesNotContain("\n");
          assertThat(e.getStackTrace()).isEmpty();
        });
  }

  @Test
  void decodesWhatPoliciesNeedFromTheRequest() {
    JsonNode review = SampleReviews.maliciousPod();
    AdmissionRequest request = AdmissionReviewCodec.decode(review);
    assertThat(request.uid()).isEqualTo(review.path("request").path("uid").asString());
    assertThat(request.operation()).isEqualTo(Operation.CREATE);
    assertThat(request.kind().kind()).isEqualTo("Pod");
    assertThat(request.namespace()).isEqualTo("kubeflow-user");
    assertThat(request.name()).isEqualTo("pwn");
    assertThat(request.resource()).isEqualTo("pods");
    assertThat(request.resourceRequest().requestInfo().userInfo().username()).isEqualTo("kubeflow-user@example.com");
    assertThat(request.resourceRequest().requestInfo().userInfo().groups()).containsExactly("system:authenticated");
    assertThat(request.resourceRequest().namespaceLabels()).isEmpty();
    assertThat(request.resourceRequest().subject().path("metadata").path("name").asString()).isEqualTo("pwn");
  }

  @Test
  void aDeleteIsAboutTheOldObject() {
    String body = review("{\"uid\":\"u\",\"operation\":\"DELETE\",\"kind\":{\"group\":\"\",\"version\":\"v1\","
        + "\"kind\":\"ConfigMap\"},\"namespace\":\"ns\",\"name\":\"c\",\"object\":null,\"oldObject\":"
        + "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\",\"namespace\":\"ns\"}}}");
    AdmissionRequest request = AdmissionReviewCodec.decode(body.getBytes(StandardCharsets.UTF_8));
    assertThat(request.resourceRequest().resource().isNull()).isTrue();
    assertThat(request.resourceRequest().subject().path("kind").asString()).isEqualTo("ConfigMap");
  }

  @Test
  void aSubresourceRequestIsMatchedAsItsParentsKind() {
    String body = review("{\"uid\":\"u\",\"operation\":\"CONNECT\",\"kind\":{\"group\":\"\",\"version\":\"v1\","
        + "\"kind\":\"PodExecOptions\"},\"resource\":{\"group\":\"\",\"version\":\"v1\",\"resource\":\"pods\"},"
        + "\"subResource\":\"exec\",\"namespace\":\"ns\",\"name\":\"p\",\"object\":{\"kind\":\"PodExecOptions\"}}");
    AdmissionRequest request = AdmissionReviewCodec.decode(body.getBytes(StandardCharsets.UTF_8));
    assertThat(request.kind()).isEqualTo(new io.bulwark.engine.request.GroupVersionKind("", "v1", "Pod"));
    assertThat(request.resourceRequest().subresource()).isEqualTo("exec");
  }

  @Test
  void aDenialCarriesAFailureStatusAndAnAllowanceItsWarnings() {
    AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.maliciousPod());
    JsonNode denied = AdmissionReviewCodec.encode(request, AdmissionDecision.deny("no"));
    assertThat(denied.toString()).isEqualTo("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\","
        + "\"response\":{\"uid\":\"" + request.uid() + "\",\"allowed\":false,\"status\":{\"status\":\"Failure\","
        + "\"message\":\"no\"}}}");
    JsonNode allowed = AdmissionReviewCodec.encode(request, AdmissionDecision.allowWithWarnings(List.of("w")));
    assertThat(allowed.path("response").toString())
        .isEqualTo("{\"uid\":\"" + request.uid() + "\",\"allowed\":true,\"warnings\":[\"w\"]}");
  }

  @Test
  void aPatchIsBase64JsonPatch() throws Exception {
    AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.maliciousPod());
    JsonNode patch = JSON.readTree("[{\"op\":\"add\",\"path\":\"/metadata/labels\",\"value\":{}}]");
    JsonNode response = AdmissionReviewCodec.encode(request, AdmissionDecision.allowWithPatch(patch, List.of()))
        .path("response");
    assertThat(response.path("patchType").asString()).isEqualTo("JSONPatch");
    assertThat(new String(java.util.Base64.getDecoder().decode(response.path("patch").asString()),
        StandardCharsets.UTF_8)).isEqualTo(patch.toString());
  }
}
