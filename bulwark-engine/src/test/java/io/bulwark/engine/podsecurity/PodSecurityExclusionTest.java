package io.bulwark.engine.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code exclude} entries, with Kyverno's matching of field errors between a stand-in pod and the real one. */
class PodSecurityExclusionTest {

  private static PodSecurityResult evaluate(JsonNode pod, String level, String version, Exclusion... excludes) {
    return PodSecurity.evaluate(pod, level, version, List.of(excludes));
  }

  private static List<String> errors(PodSecurityResult result) {
    return result.failures().stream().flatMap(f -> f.fieldErrors().stream()).map(FieldError::render).toList();
  }

  @Test
  void aControlWithoutImagesExemptsPodLevelFields() {
    JsonNode pod = Pods.podWithSpec("hostNetwork: true\nhostPID: true\ncontainers: [{name: a, image: nginx}]");

    assertThat(evaluate(pod, "baseline", "latest", Exclusion.control("Host Namespaces")).allowed()).isTrue();
    assertThat(evaluate(pod, "baseline", "latest", Exclusion.control("host namespaces")).allowed()).isFalse();
  }

  @Test
  void aControlWithImagesExemptsOnlyContainersWhoseImageMatches() {
    JsonNode pod = Pods.podWithSpec("""
        containers:
        - {name: web, image: ghcr.io/acme/nginx:1.25, securityContext: {privileged: true}}
        - {name: side, image: busybox:1.28, securityContext: {privileged: true}}
        """);

    PodSecurityResult result = evaluate(pod, "baseline", "latest",
        Exclusion.control("Privileged Containers", List.of("ghcr.io/acme/*")));

    assertThat(errors(result)).containsExactly(
        "spec.containers[1].securityContext.privileged is forbidden, forbidden values found: true");
    // The detail is the library's, computed before exclusions.
    assertThat(result.failures().get(0).forbiddenDetail())
        .isEqualTo("containers \"web\", \"side\" must not set securityContext.privileged=true");
  }

  @Test
  void matchesContainersByNameAcrossTheStandInsRenumbering() {
    JsonNode pod = Pods.podWithSpec("""
        initContainers:
        - {name: init, image: busybox, securityContext: {capabilities: {add: [NET_ADMIN]}}}
        containers:
        - {name: a, image: nginx, securityContext: {capabilities: {add: [NET_ADMIN]}}}
        - {name: b, image: redis, securityContext: {capabilities: {add: [NET_ADMIN]}}}
        """);

    PodSecurityResult result = evaluate(pod, "baseline", "latest", Exclusion.control("Capabilities", List.of("redis")));

    assertThat(errors(result)).containsExactly(
        "spec.initContainers[0].securityContext.capabilities.add is forbidden, forbidden values found: [NET_ADMIN]",
        "spec.containers[0].securityContext.capabilities.add is forbidden, forbidden values found: [NET_ADMIN]");
  }

  @Test
  void restrictedFieldAndValuesNarrowTheExemption() {
    JsonNode pod = Pods.podWithSpec("""
        containers:
        - name: a
          image: nginx
          ports: [{containerPort: 80, hostPort: 8080}, {containerPort: 81, hostPort: 9090}]
        """);

    PodSecurityResult byValue = evaluate(pod, "baseline", "latest",
        new Exclusion("Host Ports", List.of("nginx"), "spec.containers[*].ports[*].hostPort", List.of("80?0")));
    PodSecurityResult otherField = evaluate(pod, "baseline", "latest",
        new Exclusion("Host Ports", List.of("nginx"), "spec.initContainers[*].ports[*].hostPort", List.of()));

    assertThat(errors(byValue)).containsExactly(
        "spec.containers[0].ports[1].hostPort is forbidden, forbidden values found: 9090");
    assertThat(errors(otherField)).hasSize(2);
  }

  @Test
  void oneStandInErrorRemovesTheFirstMatchingFieldWhateverItsValue() {
    JsonNode pod = Pods.podWithSpec("""
        containers: [{name: a, image: a}]
        volumes:
        - {name: v0, hostPath: {path: /a}}
        - {name: v1, hostPath: {path: /b}}
        - {name: v2, hostPath: {path: /c}}
        """);

    // Kyverno checks the value on the stand-in's error for /c but removes the first hostPath error, /a,
    // by moving the last error into its place.
    PodSecurityResult result = evaluate(pod, "baseline", "latest",
        new Exclusion("HostPath Volumes", List.of(), "spec.volumes[*].hostPath", List.of("/c")));

    assertThat(errors(result)).containsExactly(
        "spec.volumes[2].hostPath is forbidden, forbidden values found: /c",
        "spec.volumes[1].hostPath is forbidden, forbidden values found: /b");
  }

  @Test
  void aPodLevelExclusionOfAContainerControlRemovesOneContainersError() {
    JsonNode pod = Pods.podWithSpec("""
        securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
        containers:
        - {name: a, image: a, securityContext: {capabilities: {drop: [ALL]}}}
        - {name: b, image: b, securityContext: {capabilities: {drop: [ALL]}}}
        """);

    // The stand-in's one "fake" container yields one error, which removes one of the real ones.
    PodSecurityResult result = evaluate(pod, "restricted", "latest", Exclusion.control("Privilege Escalation"));

    assertThat(errors(result)).containsExactly(
        "spec.containers[1].securityContext.allowPrivilegeEscalation is forbidden, forbidden values found: nil");
  }

  @Test
  void missingValuesPassAnyValuesFilter() {
    JsonNode pod = Pods.podWithSpec("""
        securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
        containers: [{name: a, image: nginx, securityContext: {allowPrivilegeEscalation: false}}]
        """);

    // A Required error has no value, so a values filter cannot hold it back.
    PodSecurityResult result = evaluate(pod, "restricted", "latest",
        new Exclusion("Capabilities", List.of("nginx"), "spec.containers[*].securityContext.capabilities.drop",
            List.of("nothing-like-this")));

    assertThat(result.allowed()).isTrue();
  }

  @Test
  void anUnknownControlExcludesNothing() {
    JsonNode pod = Pods.podWithSpec("hostIPC: true\ncontainers: [{name: a, image: a}]");

    assertThat(evaluate(pod, "baseline", "latest", Exclusion.control("Host IPC")).controls())
        .isEqualTo("hostNamespaces");
  }

  @Test
  void anyExclusionKeepsOneResultPerCheckUnderAPinnedVersion() {
    JsonNode pod = Pods.podWithSpec("""
        securityContext:
          sysctls: [{name: kernel.msgmax, value: "1"}]
        containers: [{name: a, image: a}]
        """);

    assertThat(evaluate(pod, "baseline", "v1.32").controls()).isEqualTo("sysctls,sysctls,sysctls,sysctls");
    assertThat(evaluate(pod, "baseline", "v1.32", Exclusion.control("AppArmor")).controls()).isEqualTo("sysctls");
  }

  @Test
  void bothSeccompChecksAreExemptedByTheSeccompControl() {
    JsonNode pod = Pods.podWithSpec("""
        securityContext: {seccompProfile: {type: Unconfined}, runAsNonRoot: true}
        containers:
        - name: a
          image: busybox:1.28
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        """);

    assertThat(evaluate(pod, "restricted", "latest").controls())
        .isEqualTo("seccompProfile_baseline,seccompProfile_restricted");
    assertThat(evaluate(pod, "restricted", "latest", Exclusion.control("Seccomp")).allowed()).isTrue();
    // Container-level exclusions do not see pod-level settings.
    assertThat(evaluate(pod, "restricted", "latest", Exclusion.control("Seccomp", List.of("*"))).allowed()).isFalse();
  }

  @Test
  void theProbeHostCheckCannotBeExcludedForItHasNoFieldErrors() {
    JsonNode pod = Pods.podWithSpec("""
        containers: [{name: a, image: agent, livenessProbe: {httpGet: {host: localhost, port: 80}}}]
        """);

    assertThat(evaluate(pod, "baseline", "latest",
        Exclusion.control("Host Probes / Lifecycle Hooks", List.of("agent"))).controls())
        .isEqualTo("hostProbesAndHostLifecycle");
  }
}
