package io.bulwark.admission;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.SourceIndex;
import io.bulwark.api.yaml.YamlDocument;
import io.bulwark.engine.request.Operation;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * {@code /policyvalidate}: the webhook in front of policy objects, so that {@code kubectl apply}
 * of a broken policy fails with the loader's problems instead of a policy that silently does
 * nothing. An invalid policy is denied with every problem, one per line ({@code
 * ClusterPolicy/name: spec.rules[0]: what to change}); a valid one is allowed, with the loader's
 * warnings. Deleting a policy is always allowed.
 */
public final class PolicyValidatingHandler implements AdmissionHandler {

  @Override
  public AdmissionDecision handle(AdmissionRequest request) {
    if (request.operation() == Operation.DELETE) {
      return AdmissionDecision.allow();
    }
    JsonNode object = request.resourceRequest().resource();
    String label = label(object);
    LoadResult<KyvernoPolicy> loaded =
        PolicyLoader.load(List.of(new YamlDocument(label, 0, object.deepCopy(), SourceIndex.unknown(label))));
    List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      return AdmissionDecision.deny(errors.stream().map(Problem::render).collect(Collectors.joining("\n")));
    }
    return AdmissionDecision.allowWithWarnings(loaded.problems().stream().map(Problem::render).toList());
  }

  /** {@code ClusterPolicy/name} or {@code Policy/namespace/name}: how problems name the object. */
  private static String label(JsonNode object) {
    JsonNode metadata = object.path("metadata");
    String kind = object.path("kind").asString("");
    String namespace = metadata.path("namespace").asString("");
    String name = metadata.path("name").asString("");
    return (kind.isEmpty() ? "object" : kind) + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
