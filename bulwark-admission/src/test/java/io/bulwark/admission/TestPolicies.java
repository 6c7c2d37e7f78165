package io.bulwark.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import tools.jackson.databind.JsonNode;

/** Policies and resources written inline in tests. */
final class TestPolicies {

  private TestPolicies() {}

  static KyvernoPolicy policy(String yaml) {
    LoadResult<KyvernoPolicy> loaded = PolicyLoader.load(KubeYaml.parse("test.yaml", yaml));
    assertThat(loaded.problems()).isEmpty();
    return loaded.items().get(0);
  }

  static JsonNode resource(String yaml) {
    return KubeYaml.parse("resource.yaml", yaml).get(0).tree();
  }

  /** A ClusterPolicy with one pattern rule requiring label {@code team} on Pods; {@code spec} lines are added. */
  static KyvernoPolicy requireTeam(String name, String specLines) {
    return policy("""
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: %s
        spec:
        %s
          rules:
            - name: check-team
              match:
                any:
                  - resources:
                      kinds: [Pod]
              validate:
                message: "label 'team' is required"
                pattern:
                  metadata:
                    labels:
                      team: "?*"
        """.formatted(name, specLines.indent(2).stripTrailing()));
  }

  static final String UNLABELLED_POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
        namespace: ns
      spec:
        containers:
          - name: c
            image: nginx
      """;
}
