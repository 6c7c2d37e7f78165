package io.bulwark.cli.run;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.Rule;
import io.bulwark.cli.values.Values;
import io.bulwark.engine.Engine;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.request.GroupVersionKind;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Runs policies over offline resources the way Kyverno's CLI processor does for {@code kyverno
 * apply}/{@code kyverno test}: first every policy with mutate rules, in order, each on the resource
 * the one before left; then every policy with validate rules on the mutated resource. Each such
 * policy answers for every resource (possibly with no rule responses). The operation comes from
 * the values file ({@code request.operation}, default CREATE), namespace labels from its
 * namespaceSelector, and subresource kinds are mapped to their parent.
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

  /** Every policy response for the resource, mutate responses first; see {@link #run}. */
  public List<PolicyResponse> evaluate(List<KyvernoPolicy> policies, JsonNode resource, Options options) {
    return run(policies, resource, options).responses();
  }

  /** Mutates, then validates, the resource with the policies, in the order given. */
  public Evaluation run(List<KyvernoPolicy> policies, JsonNode resource, Options options) {
    String name = resource.path("metadata").path("name").asString("");
    var mutations = new ArrayList<MutationOutcome>();
    JsonNode current = resource;
    for (KyvernoPolicy policy : policies) {
      if (policy.spec().rules().stream().anyMatch(rule -> rule.action() instanceof Mutation)) {
        Operation operation = operation(options, options.values().requestOperation(policy.name(), name));
        MutationOutcome outcome = engine.mutate(policy, request(current, operation, options));
        mutations.add(outcome);
        if (outcome.patched() != null && outcome.patched().isObject()) {
          current = outcome.patched();
        }
      }
    }
    JsonNode mutated = current;
    var requests = new HashMap<Operation, ResourceRequest>();
    var validations = new ArrayList<PolicyResponse>();
    for (KyvernoPolicy policy : policies) {
      if (policy.spec().rules().stream().anyMatch(Rule::isValidate)) {
        Operation operation = operation(options, options.values().requestOperation(policy.name(), name));
        ResourceRequest request = requests.computeIfAbsent(operation, op -> request(mutated, op, options));
        validations.add(engine.validate(policy, request));
      }
    }
    return new Evaluation(resource, mutations, validations);
  }

  private static Operation operation(Options options, String fromValues) {
    if (options.operation() != null) {
      return options.operation();
    }
    return fromValues == null ? Operation.CREATE : Operation.parse(fromValues).orElse(Operation.CREATE);
  }

  /**
   * The request the CLI simulates: on UPDATE the resource is both the new and the old object (so
   * nothing changed), on DELETE it is the old one, as Kyverno's CLI does.
   */
  static ResourceRequest request(JsonNode resource, Operation operation, Options options) {
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
    JsonNode old = operation == Operation.DELETE || operation == Operation.UPDATE ? resource : null;
    return new ResourceRequest(delete ? null : resource, old, operation,
        options.requestInfo(), options.values().namespaceLabels(namespace), gvk, subresource);
  }
}
