package io.bulwark.engine.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyExceptionLoader;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.ResourceQuery;
import io.bulwark.engine.request.Operation;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small policies, resources and providers for the mutate tests, written as YAML. */
final class MutateFixtures {

  private MutateFixtures() {}

  static KyvernoPolicy policy(String yaml) {
    LoadResult<KyvernoPolicy> loaded = PolicyLoader.load(KubeYaml.parse("policy.yaml", yaml));
    assertThat(loaded.problems()).as("policy problems").isEmpty();
    assertThat(loaded.items()).hasSize(1);
    return loaded.items().get(0);
  }

  static List<PolicyException> exceptions(String yaml) {
    LoadResult<PolicyException> loaded = PolicyExceptionLoader.load(KubeYaml.parse("exceptions.yaml", yaml), true);
    assertThat(loaded.problems()).as("exception problems").isEmpty();
    return loaded.items();
  }

  static JsonNode yaml(String yaml) {
    return KubeYaml.parse("resource.yaml", yaml).get(0).tree();
  }

  static ResourceRequest create(String yaml) {
    return ResourceRequest.create(yaml(yaml));
  }

  static ResourceRequest request(Operation operation, JsonNode resource, JsonNode old) {
    return new ResourceRequest(resource, old, operation, RequestInfo.EMPTY, Map.of(), null, "");
  }

  /** {@code status: message} of every response, in order. */
  static List<String> summary(MutationOutcome outcome) {
    List<String> lines = new ArrayList<>();
    for (RuleResponse response : outcome.response().rules()) {
      lines.add(response.name() + " " + response.status().label() + ": " + response.message());
    }
    return lines;
  }

  /** A ClusterPolicy with one rule on Pods whose mutate block (and rule extras) is {@code body}. */
  static String podPolicy(String body) {
    return """
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: p
          annotations:
            pod-policies.kyverno.io/autogen-controllers: none
        spec:
          rules:
          - name: r
            match:
              any:
              - resources:
                  kinds: [Pod]
        """ + body.indent(4);
  }

  static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        namespace: default
        labels:
          app: web
      spec:
        containers:
        - name: a
          image: nginx:1
        - name: b
          image: busybox:1
        - name: c
          image: redis:7
      """;

  /** Serves the given objects as existing resources, filtered by the query, and remembers the queries. */
  static final class Existing implements ContextProvider {
    private final List<JsonNode> objects;
    final List<ResourceQuery> queries = new ArrayList<>();

    Existing(List<JsonNode> objects) {
      this.objects = objects;
    }

    @Override
    public synchronized List<JsonNode> resources(ResourceQuery query) {
      queries.add(query);
      return objects.stream().filter(query::matches).toList();
    }
  }
}
