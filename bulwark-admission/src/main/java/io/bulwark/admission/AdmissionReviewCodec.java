package io.bulwark.admission;

import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.request.UserInfo;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format: {@code admission.k8s.io/v1} (and {@code v1beta1}) AdmissionReview JSON to an
 * {@link AdmissionRequest}, and an {@link AdmissionDecision} back to an AdmissionReview response in
 * the request's apiVersion. A subresource request is matched as its parent's kind ({@link
 * TopLevelKinds}). A denial carries {@code status: {status: Failure, message}} as
 * Kyverno's does; a patch is base64 with {@code patchType: JSONPatch}. Everything a review needs
 * that is missing or mistyped is a {@link BadReviewException} with a one-line reason naming the
 * field. Stateless and thread-safe.
 */
public final class AdmissionReviewCodec {

  public static final String KIND = "AdmissionReview";
  public static final String V1 = "admission.k8s.io/v1";
  private static final Set<String> API_VERSIONS = Set.of(V1, "admission.k8s.io/v1beta1");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private AdmissionReviewCodec() {}

  /** Parses a request body; bad JSON is a 400 naming the line and column. */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw BadReviewException.badRequest("empty request body; expected an AdmissionReview");
    }
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw BadReviewException.badRequest("request body is not valid JSON" + where);
    }
  }

  /** {@link #decode(JsonNode)} of a parsed body. */
  public static AdmissionRequest decode(byte[] body) {
    return decode(parse(body));
  }

  /** The request of an AdmissionReview, checked for everything the webhook relies on. */
  public static AdmissionRequest decode(JsonNode review) {
    if (!review.isObject()) {
      throw BadReviewException.badRequest("expected an AdmissionReview object, got " + typeName(review));
    }
    String kind = review.path("kind").asString("");
    if (!KIND.equals(kind)) {
      throw BadReviewException.badRequest(kind.isEmpty()
          ? "not an AdmissionReview: kind is missing"
          : "not an AdmissionReview: kind is \"" + kind + "\"");
    }
    String apiVersion = review.path("apiVersion").asString("");
    if (!API_VERSIONS.contains(apiVersion)) {
      throw BadReviewException.badRequest("unsupported AdmissionReview apiVersion \"" + apiVersion
          + "\"; expected " + V1);
    }
    JsonNode request = review.get("request");
    if (request == null || !request.isObject()) {
      throw BadReviewException.badRequest("AdmissionReview has no request");
    }
    String uid = requiredString(request, "uid");
    String operationText = requiredString(request, "operation");
    Operation operation = Operation.parse(operationText).orElseThrow(() -> BadReviewException.badRequest(
        "request.operation \"" + operationText + "\" is not one of CREATE, UPDATE, DELETE, CONNECT"));
    JsonNode kindNode = request.get("kind");
    if (kindNode == null || !kindNode.isObject() || kindNode.path("kind").asString("").isEmpty()) {
      throw BadReviewException.badRequest("request.kind is missing (expected {group, version, kind})");
    }
    var gvk = new GroupVersionKind(optionalString(kindNode, "group", "request.kind"),
        optionalString(kindNode, "version", "request.kind"), optionalString(kindNode, "kind", "request.kind"));
    JsonNode object = objectOrNull(request, "object");
    JsonNode oldObject = objectOrNull(request, "oldObject");
    if (operation == Operation.DELETE) {
      if (oldObject == null) {
        throw BadReviewException.badRequest("request.oldObject is missing; a DELETE is evaluated against it");
      }
    } else if (object == null) {
      throw BadReviewException.badRequest("request.object is missing");
    }
    String subresource = optionalString(request, "subResource", "request");
    JsonNode gvr = request.path("resource");
    String resource = gvr.isObject() ? gvr.path("resource").asString("") : "";
    GroupVersionKind topLevel = gvr.isObject()
        ? TopLevelKinds.of(gvk, gvr.path("group").asString(""), gvr.path("version").asString(""), resource, subresource)
        : gvk;
    var resourceRequest = new ResourceRequest(
        operation == Operation.DELETE ? null : object,
        oldObject,
        operation,
        requestInfo(request.get("userInfo")),
        Map.of(),
        topLevel,
        subresource);
    return new AdmissionRequest(apiVersion, uid,
        optionalString(request, "name", "request"),
        optionalString(request, "namespace", "request"),
        resource,
        request.path("dryRun").asBoolean(false),
        resourceRequest,
        request);
  }

  /** The AdmissionReview answering {@code request}. */
  public static ObjectNode encode(AdmissionRequest request, AdmissionDecision decision) {
    return encode(request.reviewApiVersion(), request.uid(), decision);
  }

  public static ObjectNode encode(String apiVersion, String uid, AdmissionDecision decision) {
    ObjectNode review = NODES.objectNode();
    review.put("apiVersion", apiVersion);
    review.put("kind", KIND);
    ObjectNode response = review.putObject("response");
    response.put("uid", uid);
    response.put("allowed", decision.allowed());
    if (!decision.allowed()) {
      ObjectNode status = response.putObject("status");
      status.put("status", "Failure");
      status.put("message", decision.message());
    }
    decision.patch().ifPresent(patch -> {
      response.put("patchType", "JSONPatch");
      response.put("patch", Base64.getEncoder().encodeToString(MAPPER.writeValueAsBytes(patch)));
    });
    if (!decision.warnings().isEmpty()) {
      ArrayNode warnings = response.putArray("warnings");
      decision.warnings().forEach(warnings::add);
    }
    return review;
  }

  /** The bytes of {@code json}, compact. */
  public static byte[] write(JsonNode json) {
    return MAPPER.writeValueAsBytes(json);
  }

  private static RequestInfo requestInfo(JsonNode userInfo) {
    if (userInfo == null || !userInfo.isObject()) {
      return RequestInfo.EMPTY;
    }
    Map<String, List<String>> extra = new LinkedHashMap<>();
    JsonNode extraNode = userInfo.path("extra");
    if (extraNode.isObject()) {
      for (var entry : extraNode.properties()) {
        extra.put(entry.getKey(), strings(entry.getValue(), "request.userInfo.extra." + entry.getKey()));
      }
    }
    var user = new UserInfo(optionalString(userInfo, "username", "request.userInfo"),
        optionalString(userInfo, "uid", "request.userInfo"),
        strings(userInfo.path("groups"), "request.userInfo.groups"), extra);
    // Standalone mode has no RBAC to resolve roles and cluster roles from.
    return new RequestInfo(List.of(), List.of(), user);
  }

  private static List<String> strings(JsonNode node, String path) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw BadReviewException.badRequest(path + " must be a list of strings");
    }
    var values = new ArrayList<String>();
    for (JsonNode item : node) {
      if (!item.isString()) {
        throw BadReviewException.badRequest(path + " must be a list of strings");
      }
      values.add(item.asString());
    }
    return values;
  }

  private static JsonNode objectOrNull(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw BadReviewException.badRequest("request." + field + " must be an object, got " + typeName(value));
    }
    return value;
  }

  private static String requiredString(JsonNode node, String field) {
    String value = optionalString(node, field, "request");
    if (value.isEmpty()) {
      throw BadReviewException.badRequest("request." + field + " is missing");
    }
    return value;
  }

  private static String optionalString(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isString()) {
      throw BadReviewException.badRequest(path + "." + field + " must be a string, got " + typeName(value));
    }
    return value.asString();
  }

  private static String typeName(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }
}
