package io.bulwark.engine.request;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * One resource change to evaluate policies against, parsed once and shared by every policy.
 * {@code resource} is the new object (a {@link NullNode} on DELETE), {@code oldResource} the
 * previous one (a NullNode on CREATE). {@code namespaceLabels} are the labels of the resource's
 * namespace, for namespaceSelector. {@code subresource} is empty unless the request targets one
 * (e.g. {@code exec}, {@code scale}). Immutable; JSON trees must not be modified by callers.
 */
public record ResourceRequest(
    JsonNode resource,
    JsonNode oldResource,
    Operation operation,
    RequestInfo requestInfo,
    Map<String, String> namespaceLabels,
    GroupVersionKind kind,
    String subresource) {

  public ResourceRequest {
    Objects.requireNonNull(operation, "operation");
    resource = resource == null ? NullNode.getInstance() : resource;
    oldResource = oldResource == null ? NullNode.getInstance() : oldResource;
    requestInfo = requestInfo == null ? RequestInfo.EMPTY : requestInfo;
    namespaceLabels = namespaceLabels == null ? Map.of() : Map.copyOf(namespaceLabels);
    subresource = subresource == null ? "" : subresource;
    if (kind == null) {
      JsonNode subject = subject(resource, oldResource);
      kind = GroupVersionKind.of(subject.path("apiVersion").asString(""), subject.path("kind").asString(""));
    }
  }

  /** A CREATE of {@code resource} with no user information: what {@code bulwark apply} evaluates. */
  public static ResourceRequest create(JsonNode resource) {
    return new ResourceRequest(resource, null, Operation.CREATE, RequestInfo.EMPTY, Map.of(), null, "");
  }

  public ResourceRequest withNamespaceLabels(Map<String, String> labels) {
    return new ResourceRequest(resource, oldResource, operation, requestInfo, labels, kind, subresource);
  }

  public ResourceRequest withRequestInfo(RequestInfo info) {
    return new ResourceRequest(resource, oldResource, operation, info == null ? RequestInfo.EMPTY : info,
        namespaceLabels, kind, subresource);
  }

  /** The object policies look at: the new resource, or the old one on DELETE. */
  public JsonNode subject() {
    return subject(resource, oldResource);
  }

  private static JsonNode subject(JsonNode resource, JsonNode oldResource) {
    return resource == null || resource.isNull() || resource.isMissingNode() ? oldResource : resource;
  }

  public String name() {
    return subject().path("metadata").path("name").asString("");
  }

  public String namespace() {
    return subject().path("metadata").path("namespace").asString("");
  }
}
