package io.bulwark.engine.context;

import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON context Kyverno gives a rule for a request: {@code request.object} (or {@code
 * request.oldObject} on DELETE), {@code request.operation}, {@code request.namespace}, the
 * requester ({@code request.userInfo}, {@code request.roles}, {@code request.clusterRoles},
 * {@code serviceAccountName}, {@code serviceAccountNamespace}) and {@code images} for Pods and Pod
 * templates. Built once per request and shared (read-only) by every policy.
 */
public final class RequestContext {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";

  private RequestContext() {}

  public static ObjectNode build(ResourceRequest request) {
    ObjectNode root = NODES.objectNode();
    ObjectNode req = root.putObject("request");
    req.put("operation", request.operation().name());
    if (request.operation() != Operation.DELETE) {
      req.set("object", request.resource());
    }
    if (!request.oldResource().isNull()) {
      req.set("oldObject", request.oldResource());
    }
    req.put("namespace", request.namespace());
    RequestInfo info = request.requestInfo();
    if (!info.isEmpty()) {
      req.set("roles", strings(info.roles()));
      req.set("clusterRoles", strings(info.clusterRoles()));
      ObjectNode user = req.putObject("userInfo");
      user.put("username", info.userInfo().username());
      if (!info.userInfo().uid().isEmpty()) {
        user.put("uid", info.userInfo().uid());
      }
      user.set("groups", strings(info.userInfo().groups()));
      if (!info.userInfo().extra().isEmpty()) {
        ObjectNode extra = user.putObject("extra");
        for (Map.Entry<String, List<String>> e : info.userInfo().extra().entrySet()) {
          extra.set(e.getKey(), strings(e.getValue()));
        }
      }
      String username = info.userInfo().username();
      String accountName = "";
      String accountNamespace = "";
      if (username.startsWith(SERVICE_ACCOUNT_PREFIX)) {
        String[] parts = username.substring(SERVICE_ACCOUNT_PREFIX.length()).split(":", 2);
        if (parts.length == 2) {
          accountNamespace = parts[0];
          accountName = parts[1];
        }
      }
      root.put("serviceAccountName", accountName);
      root.put("serviceAccountNamespace", accountNamespace);
    }
    ObjectNode images = images(request.subject());
    if (images != null) {
      root.set("images", images);
    }
    return root;
  }

  /** {@code images.<containers|initContainers|ephemeralContainers>.<name>} for a Pod or Pod template. */
  static ObjectNode images(JsonNode resource) {
    JsonNode spec = podSpec(resource);
    if (spec == null) {
      return null;
    }
    ObjectNode images = NODES.objectNode();
    for (String field : List.of("containers", "initContainers", "ephemeralContainers")) {
      JsonNode containers = spec.path(field);
      if (!containers.isArray() || containers.isEmpty()) {
        continue;
      }
      ObjectNode byName = images.putObject(field);
      for (JsonNode container : containers) {
        String image = container.path("image").asString("");
        if (!image.isEmpty()) {
          byName.set(container.path("name").asString(""), ImageInfo.parse(image).toJson());
        }
      }
    }
    return images;
  }

  private static JsonNode podSpec(JsonNode resource) {
    String kind = resource.path("kind").asString("");
    return switch (kind) {
      case "Pod" -> resource.path("spec");
      case "CronJob" -> resource.path("spec").path("jobTemplate").path("spec").path("template").path("spec");
      case "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "Job", "ReplicationController" ->
          resource.path("spec").path("template").path("spec");
      default -> null;
    };
  }

  private static JsonNode strings(List<String> values) {
    var array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
