package io.bulwark.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceScopesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "Namespace, true",
      "ClusterRole, true",
      "v1/Namespace, true",
      "rbac.authorization.k8s.io/v1/ClusterRoleBinding, true",
      "Secret, false",
      "v1/ConfigMap, false",
      "networking.k8s.io/v1/NetworkPolicy, false",
      "Widget, false"})
  void knowsTheClusterScopedKindsByTheirLastSegment(String kind, boolean clusterScoped) {
    assertThat(ResourceScopes.isClusterScopedReference(kind)).isEqualTo(clusterScoped);
  }
}
