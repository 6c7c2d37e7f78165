package io.bulwark.admission;

import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.ResourceRequest;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One admission request as the API server sent it, parsed once: the review's identity ({@code
 * uid}, the AdmissionReview apiVersion to answer in) and the {@link ResourceRequest} every policy
 * is evaluated against (object, oldObject, operation, requester, kind and subresource from the
 * request). Namespace labels are empty: standalone mode has no cluster to read them from.
 *
 * @param reviewApiVersion {@code admission.k8s.io/v1} or {@code v1beta1}: the response uses the same
 * @param resource the requested resource's plural name ({@code pods}), empty when absent
 * @param request the review's {@code request} as sent, for the {@code request.*} variables
 */
public record AdmissionRequest(
    String reviewApiVersion,
    String uid,
    String name,
    String namespace,
    String resource,
    boolean dryRun,
    ResourceRequest resourceRequest,
    JsonNode request) {

  public AdmissionRequest {
    Objects.requireNonNull(reviewApiVersion, "reviewApiVersion");
    Objects.requireNonNull(uid, "uid");
    name = name == null ? "" : name;
    namespace = namespace == null ? "" : namespace;
    resource = resource == null ? "" : resource;
    Objects.requireNonNull(resourceRequest, "resourceRequest");
    Objects.requireNonNull(request, "request");
  }

  public Operation operation() {
    return resourceRequest.operation();
  }

  public GroupVersionKind kind() {
    return resourceRequest.kind();
  }
}
