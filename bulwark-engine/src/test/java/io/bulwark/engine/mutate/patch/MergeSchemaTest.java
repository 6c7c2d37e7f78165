package io.bulwark.engine.mutate.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge-key table: which lists merge by which keys, reached from a resource's kind. */
class MergeSchemaTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("v1", "Pod", "spec.containers", List.of("name")),
        Arguments.of("v1", "Pod", "spec.containers[].env", List.of("name")),
        Arguments.of("v1", "Pod", "spec.containers[].ports", List.of("containerPort", "protocol")),
        Arguments.of("v1", "Pod", "spec.initContainers[].volumeMounts", List.of("mountPath")),
        Arguments.of("v1", "Pod", "spec.volumes", List.of("name")),
        Arguments.of("v1", "Pod", "spec.topologySpreadConstraints", List.of("topologyKey", "whenUnsatisfiable")),
        Arguments.of("v1", "Pod", "metadata.finalizers", List.of()),
        Arguments.of("v1", "ConfigMap", "metadata.ownerReferences", List.of("uid")),
        Arguments.of("apps/v1", "Deployment", "spec.template.spec.containers", List.of("name")),
        Arguments.of("apps/v1", "StatefulSet", "spec.template.spec.imagePullSecrets", List.of("name")),
        Arguments.of("batch/v1", "CronJob", "spec.jobTemplate.spec.template.spec.hostAliases", List.of("ip")),
        Arguments.of("batch/v1beta1", "CronJob", "spec.jobTemplate.spec.template.spec.containers", List.of("name")),
        Arguments.of("v1", "Service", "spec.ports", List.of("port", "protocol")),
        Arguments.of("v1", "ServiceAccount", "secrets", List.of("name")),
        Arguments.of("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", "webhooks", List.of("name")));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("lists")
  void mergesTheListsKubernetesMarksForMerging(String apiVersion, String kind, String path, List<String> keys) {
    MergeSchema schema = at(apiVersion, kind, path);

    assertThat(schema).isNotNull();
    assertThat(schema.mergesByKey()).isTrue();
    assertThat(schema.mergeKeys()).isEqualTo(keys);
  }

  static Stream<Arguments> replacedLists() {
    return Stream.of(
        Arguments.of("v1", "Pod", "spec.tolerations"),
        Arguments.of("v1", "Pod", "spec.containers[].args"),
        Arguments.of("v1", "Pod", "spec.containers[].envFrom"),
        Arguments.of("v1", "Pod", "spec.ephemeralContainers[].ports"),
        Arguments.of("networking.k8s.io/v1", "Ingress", "spec.rules"),
        Arguments.of("apps/v1", "Deployment", "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("replacedLists")
  void replacesOtherLists(String apiVersion, String kind, String path) {
    MergeSchema schema = at(apiVersion, kind, path);

    assertThat(schema == null || !schema.mergesByKey()).isTrue();
  }

  static Stream<Arguments> unknownKinds() {
    return Stream.of(
        Arguments.of("example.com/v1", "Widget"),
        Arguments.of("apps/v1beta1", "Deployment"),
        Arguments.of("v1", "PodList"),
        Arguments.of("kyverno.io/v1", "ClusterPolicy"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unknownKinds")
  void knowsNothingOfKindsWithoutABuiltInSchema(String apiVersion, String kind) {
    assertThat(MergeSchema.ofObject(StrategicMergePatchTest.tree(
        "{'apiVersion': '" + apiVersion + "', 'kind': '" + kind + "'}"))).isNull();
  }

  /** The schema at a dotted path; {@code []} steps into a merged list's elements. */
  private static MergeSchema at(String apiVersion, String kind, String path) {
    MergeSchema schema = MergeSchema.ofObject(StrategicMergePatchTest.tree(
        "{'apiVersion': '" + apiVersion + "', 'kind': '" + kind + "'}"));
    for (String step : path.split("\\.")) {
      if (schema == null) {
        return null;
      }
      boolean elements = step.endsWith("[]");
      schema = schema.field(elements ? step.substring(0, step.length() - 2) : step);
      if (elements && schema != null) {
        schema = schema.elements();
      }
    }
    return schema;
  }
}
