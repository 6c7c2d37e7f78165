package io.bulwark.benchmarks;

import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.request.UserInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the bytes of an {@code admission.k8s.io/v1} AdmissionReview into the engine's {@link
 * ResourceRequest}: what the webhook does before it evaluates any policy. A stand-in for the
 * server's own codec (built in the webhook issue), kept to what the benchmark needs: kind,
 * operation, subresource, objects and the requester. Roles and cluster roles stay empty, as there
 * is no cluster to resolve RBAC bindings from.
 */
public final class AdmissionReviews {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AdmissionReviews() {}

  /** One decoded review: the request's uid and the request itself. */
  public record Decoded(String uid, ResourceRequest request) {}

  public static Decoded decode(byte[] body) {
    JsonNode review = JSON.readTree(body);
    JsonNode request = review.path("request");
    if (!request.isObject()) {
      throw new IllegalArgumentException("not an AdmissionReview: no request");
    }
    Operation operation = Operation.parse(request.path("operation").asString(""))
        .orElseThrow(() -> new IllegalArgumentException("unknown operation"));
    JsonNode kind = request.path("kind");
    GroupVersionKind gvk = new GroupVersionKind(kind.path("group").asString(""), kind.path("version").asString(""),
        kind.path("kind").asString(""));
    return new Decoded(request.path("uid").asString(""), new ResourceRequest(
        request.get("object"), request.get("oldObject"), operation, requestInfo(request.path("userInfo")),
        Map.of(), gvk, request.path("subResource").asString("")));
  }

  private static RequestInfo requestInfo(JsonNode user) {
    if (!user.isObject()) {
      return RequestInfo.EMPTY;
    }
    Map<String, List<String>> extra = new LinkedHashMap<>();
    for (var entry : user.path("extra").properties()) {
      extra.put(entry.getKey(), strings(entry.getValue()));
    }
    UserInfo info = new UserInfo(user.path("username").asString(""), user.path("uid").asString(""),
        strings(user.path("groups")), extra);
    return new RequestInfo(List.of(), List.of(), info);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString("")));
    return values;
  }
}
