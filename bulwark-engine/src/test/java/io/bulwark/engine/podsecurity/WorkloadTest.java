package io.bulwark.engine.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pod controllers, the paths Kyverno prints for them, and resources that do not decode. */
class WorkloadTest {

  private static final String TEMPLATE = """
      metadata:
        annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}
      spec:
        hostPID: true
        containers: [{name: app, image: nginx}]
      """;

  @ParameterizedTest
  @ValueSource(strings = {"DaemonSet", "Deployment", "Job", "StatefulSet", "ReplicaSet", "ReplicationController"})
  void checksTheTemplateOfControllersAndPrintsItsPaths(String kind) {
    JsonNode resource = Pods.yaml("kind: " + kind + "\nmetadata: {name: x}\nspec:\n  template:\n" + TEMPLATE.indent(4));

    PodSecurityResult result = PodSecurity.evaluate(resource, "baseline", "latest", List.of());

    assertThat(result.failures()).flatExtracting(CheckFailure::fieldErrors).extracting(FieldError::render).containsExactly(
        "spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app] is forbidden,"
            + " forbidden values found: unconfined",
        "spec.template.spec.hostPID is forbidden, forbidden values found: true");
  }

  @Test
  void readsACronJobsPodMetadataFromItsJobTemplateAsKyvernoDoes() {
    JsonNode cronJob = Pods.yaml("""
        kind: CronJob
        metadata: {name: x}
        spec:
          schedule: "* * * * *"
          jobTemplate:
            metadata:
              annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}
            spec:
              template:
                metadata:
                  annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined-too}
                spec:
                  hostPID: true
                  containers: [{name: app, image: nginx}]
        """);

    PodSecurityResult result = PodSecurity.evaluate(cronJob, "baseline", "latest", List.of());

    assertThat(result.failures()).flatExtracting(CheckFailure::fieldErrors).extracting(FieldError::render).containsExactly(
        "spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app] is forbidden,"
            + " forbidden values found: unconfined",
        "spec.jobTemplate.spec.template.spec.hostPID is forbidden, forbidden values found: true");
  }

  @Test
  void printsPodAnnotationPathsUnderSpecTemplateToo() {
    JsonNode pod = Pods.yaml("""
        kind: Pod
        metadata:
          name: x
          annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}
        spec:
          containers: [{name: app, image: nginx}]
        """);

    assertThat(PodSecurity.evaluate(pod, "baseline", "latest", List.of()).message("r")).endsWith(
        "[spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app] is forbidden,"
            + " forbidden values found: unconfined])");
  }

  @Test
  void rerootsByPlainTextReplacementLikeKyverno() {
    JsonNode deployment = Pods.yaml("kind: Deployment\nspec: {template: {spec: {containers: []}}}");
    Workload workload = Workload.of(deployment);

    assertThat(workload.reroot("metadata.annotations[container.apparmor.security.beta.kubernetes.io/inspector]"))
        .isEqualTo("spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/"
            + "inspec.template.spector]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kind: ConfigMap", "kind: Pods", "apiVersion: v1", "kind: 3"})
  void rejectsOtherKinds(String yaml) {
    assertThatThrownBy(() -> PodSecurity.evaluate(Pods.yaml(yaml), "baseline", "latest", List.of()))
        .isInstanceOf(PodSecurityException.class)
        .hasMessage("Error while getting new resource: could not find correct resource type");
  }

  @Test
  void rejectsFieldsOfTheWrongTypeAsGoDecodingDoes() {
    assertThatThrownBy(() -> PodSecurity.evaluate(Pods.podWithSpec("""
            containers: [{name: a, securityContext: {privileged: "true"}}]
            """), "baseline", "latest", List.of()))
        .isInstanceOf(PodSecurityException.class)
        .hasMessage("Error while getting new resource: json: cannot unmarshal string into Go struct field"
            + " SecurityContext.spec.containers.securityContext.privileged of type bool");
    assertThatThrownBy(() -> PodSecurity.evaluate(Pods.yaml("""
            kind: Deployment
            spec: {template: {spec: {containers: [{name: a, ports: [{hostPort: 1.5}]}]}}}
            """), "baseline", "latest", List.of()))
        .hasMessage("Error while getting new resource: json: cannot unmarshal number 1.5 into Go struct field"
            + " ContainerPort.spec.template.spec.containers.ports.hostPort of type int32");
    assertThatThrownBy(() -> PodSecurity.evaluate(Pods.yaml("kind: Pod\nspec: {volumes: {}}"), "baseline", "latest",
            List.of()))
        .hasMessage("Error while getting new resource: json: cannot unmarshal object into Go struct field"
            + " PodSpec.spec.volumes of type []v1.Volume");
  }

  @Test
  void treatsNullAsAbsent() {
    JsonNode pod = Pods.podWithSpec("""
        hostNetwork: null
        securityContext: null
        volumes: [{name: v, hostPath: null, configMap: {name: c}}]
        containers: [{name: a, image: a, securityContext: {privileged: null, seccompProfile: null}}]
        """);

    assertThat(PodSecurity.evaluate(pod, "baseline", "latest", List.of()).allowed()).isTrue();
  }
}
