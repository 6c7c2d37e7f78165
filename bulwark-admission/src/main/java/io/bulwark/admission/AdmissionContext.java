package io.bulwark.admission;

import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.context.RequestContext;
import io.bulwark.engine.request.ResourceRequest;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The variables policies see for an admission request: the engine's request context (object,
 * oldObject, operation, userInfo, images, service account) plus the rest of the AdmissionRequest
 * as Kyverno puts it in {@code request}: {@code uid}, {@code kind}, {@code resource}, {@code
 * subResource}, {@code name}, {@code namespace}, {@code dryRun}, {@code options}. The request's
 * namespace wins over the object's, which a subresource object ({@code PodExecOptions}) does not
 * carry. Built once per request; read-only afterwards.
 */
final class AdmissionContext {

  private static final List<String> FIELDS = List.of("uid", "kind", "resource", "subResource", "requestKind",
      "requestResource", "requestSubResource", "name", "dryRun", "options");

  private AdmissionContext() {}

  static JsonContext build(AdmissionRequest admission) {
    return build(admission, admission.resourceRequest());
  }

  /**
   * As {@link #build(AdmissionRequest)}, with {@code request.object} (and what is derived from it)
   * taken from {@code resource}: the object a mutate policy sees after the policies before it.
   */
  static JsonContext build(AdmissionRequest admission, ResourceRequest resource) {
    ObjectNode root = RequestContext.build(resource);
    ObjectNode request = (ObjectNode) root.get("request");
    JsonNode raw = admission.request();
    for (String field : FIELDS) {
      JsonNode value = raw.get(field);
      if (value != null && !value.isNull()) {
        request.set(field, value);
      }
    }
    if (!admission.namespace().isEmpty()) {
      request.put("namespace", admission.namespace());
    }
    return JsonContext.of(root);
  }
}
