package io.bulwark.engine.context;

import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import java.util.ArrayList;
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
      // authentication/v1 UserInfo: every field is omitempty.
      ObjectNode user = req.putObject("userInfo");
      if (!info.userInfo().username().isEmpty()) {
        user.put("username", info.userInfo().username());
      }
      if (!info.userInfo().uid().isEmpty()) {
        user.put("uid", info.userInfo().uid());
      }
      if (!info.userInfo().groups().isEmpty()) {
        user.set("groups", strings(info.userInfo().groups()));
      }
      if (!info.userInfo().extra().isEmpty()) {
        ObjectNode extra = user.putObject("extra");
        for (Map.Entry<String, List<String>> e : info.userInfo().extra().entrySet()) {
          extra.set(e.getKey(), strings(e.getValue()));
        }
      }
      // Kyverno's AddServiceAccount cuts the prefix's length off any longer username without
      // checking it, then takes namespace and name from the first two ':'-separated parts.
      String username = info.userInfo().username();
      String accountName = "";
      String accountNamespace = "";
      if (username.length() > SERVICE_ACCOUNT_PREFIX.length()) {
        String[] parts = username.substring(SERVICE_ACCOUNT_PREFIX.length()).split(":", -1);
        if (parts.length >= 2) {
          accountNamespace = parts[0];
          accountName = parts[1];
        }
      }
      root.put("serviceAccountName", accountName);
      root.put("serviceAccountNamespace", accountNamespace);
    }
    ObjectNode images = images(request.resource());
    if (images != null) {
      root.set("images", images);
    }
    return root;
  }

  /**
   * {@code images.<initContainers|containers|ephemeralContainers>.<name>} for a Pod or Pod
   * template, as Kyverno's image extractors build it: a group only when it has an image, and no
   * {@code images} at all (null) when there is none or the kind has no Pod spec.
   */
  static ObjectNode images(JsonNode resource) {
    List<String> specPath = podSpecPath(resource.path("kind").asString(""));
    if (specPath == null) {
      return null;
    }
    JsonNode spec = resource;
    var pullSecrets = new ArrayList<String>();
    for (String field : specPath) {
      spec = spec.path(field);
      // Kyverno collects the pull secrets of every object on the way down to the containers.
      spec.path("imagePullSecrets").forEach(secret -> {
        if (secret.path("name").isString()) {
          pullSecrets.add(secret.get("name").stringValue());
        }
      });
    }
    ObjectNode images = NODES.objectNode();
    for (String field : List.of("initContainers", "containers", "ephemeralContainers")) {
      JsonNode containers = spec.path(field);
      ObjectNode byName = NODES.objectNode();
      for (int i = 0; i < containers.size(); i++) {
        JsonNode container = containers.get(i);
        String image = container.path("image").asString("");
        if (!image.isBlank()) {
          String pointer = "/" + String.join("/", specPath) + "/" + field + "/" + i + "/image";
          byName.set(container.path("name").asString(""), ImageInfo.parse(image).toJson(pointer, pullSecrets));
        }
      }
      if (!byName.isEmpty()) {
        images.set(field, byName);
      }
    }
    return images.isEmpty() ? null : images;
  }

  private static List<String> podSpecPath(String kind) {
    return switch (kind) {
      case "Pod" -> List.of("spec");
      case "CronJob" -> List.of("spec", "jobTemplate", "spec", "template", "spec");
      case "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "Job", "ReplicationController" ->
          List.of("spec", "template", "spec");
      default -> null;
    };
  }

  private static JsonNode strings(List<String> values) {
    var array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
