package io.bulwark.cli.run;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import io.bulwark.cli.values.Values;
import io.bulwark.engine.Engine;
import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Runs policies over offline resources the way {@code kyverno apply}/{@code kyverno test} do: every
 * policy with validate rules answers for every resource (possibly with no rule responses), the
 * operation comes from the values file ({@code request.operation}, default CREATE), namespace
 * labels from its namespaceSelector, and subresource kinds are mapped to their parent.
 */
public final class Evaluator {

  /** What the CLI knows about the requests it simulates. */
  public record Options(RequestInfo requestInfo, Values values, Operation operation) {
    public Options(RequestInfo requestInfo, Values values) {
      this(requestInfo, values, null);
    }

    public static Options defaults() {
      return new Options(RequestInfo.EMPTY, Values.empty());
    }

    /** The same options for another operation (a test row's {@code operation}). */
    public Options withOperation(Operation newOperation) {
      return new Options(requestInfo, values, newOperation);
    }
  }

  private final Engine engine;

  public Evaluator(Engine engine) {
    this.engine = engine;
  }

  public List<PolicyResponse> evaluate(List<KyvernoPolicy> policies, JsonNode resource, Options options) {
    ResourceRequest request = request(resource, options);
    var responses = new ArrayList<PolicyResponse>();
    for (KyvernoPolicy policy : policies) {
      if (policy.spec().rules().stream().anyMatch(Rule::isValidate)) {
        responses.add(engine.validate(policy, request));
      }
    }
    return responses;
  }

  static ResourceRequest request(JsonNode resource, Options options) {
    Operation operation = Operation.CREATE;
    String requested = options.values().requestOperation();
    if (options.operation() != null) {
      operation = options.operation();
    } else if (requested != null) {
      operation = Operation.parse(requested).orElse(Operation.CREATE);
    }
    GroupVersionKind gvk = GroupVersionKind.of(resource.path("apiVersion").asString(""),
        resource.path("kind").asString(""));
    String subresource = "";
    for (Values.Subresource mapping : options.values().subresources()) {
      Values.ApiResource sub = mapping.subresource();
      if (gvk.equals(new GroupVersionKind(sub.group(), sub.version(), sub.kind()))) {
        Values.ApiResource parent = mapping.parentResource();
        gvk = new GroupVersionKind(parent.group(), parent.version(), parent.kind());
        int slash = sub.name().indexOf('/');
        subresource = slash < 0 ? "" : sub.name().substring(slash + 1);
      }
    }
    String namespace = resource.path("metadata").path("namespace").asString("");
    boolean delete = operation == Operation.DELETE;
    return new ResourceRequest(delete ? null : resource, delete ? resource : null, operation,
        options.requestInfo(), options.values().namespaceLabels(namespace), gvk, subresource);
  }
}
