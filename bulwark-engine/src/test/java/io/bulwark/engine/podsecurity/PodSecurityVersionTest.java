package io.bulwark.engine.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Levels and versions, as Kyverno's evaluator reads them. */
class PodSecurityVersionTest {

  private static List<String> failedIds(JsonNode resource, String level, String version) {
    return PodSecurity.evaluate(resource, level, version, List.of()).failures().stream()
        .map(CheckFailure::checkId).toList();
  }

  static Stream<Arguments> versions() {
    JsonNode keepalive = Pods.podWithSpec("""
        securityContext:
          sysctls: [{name: net.ipv4.tcp_keepalive_time, value: "60"}]
        containers: [{name: a, image: a}]
        """);
    JsonNode rmem = Pods.podWithSpec("""
        securityContext:
          sysctls: [{name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}]
        containers: [{name: a, image: a}]
        """);
    JsonNode probeHost = Pods.podWithSpec("""
        containers: [{name: a, image: a, readinessProbe: {tcpSocket: {host: 10.0.0.1, port: 80}}}]
        """);
    JsonNode engineType = Pods.podWithSpec("""
        containers: [{name: a, image: a, securityContext: {seLinuxOptions: {type: container_engine_t}}}]
        """);
    JsonNode unconfinedField = Pods.podWithSpec("""
        securityContext: {seccompProfile: {type: Unconfined}}
        containers: [{name: a, image: a}]
        """);
    JsonNode unconfinedAnnotation = Pods.yaml("""
        kind: Pod
        metadata:
          name: a
          annotations: {seccomp.security.alpha.kubernetes.io/pod: unconfined}
        spec:
          containers: [{name: a, image: a}]
        """);
    JsonNode runsAsRoot = Pods.podWithSpec("""
        securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
        containers:
        - name: a
          image: a
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        """);
    JsonNode windows = Pods.podWithSpec("""
        os: {name: windows}
        securityContext: {runAsNonRoot: true}
        containers: [{name: a, image: a}]
        """);
    return Stream.of(
        // latest runs the newest allow-list only; a pinned version runs every list up to it
        Arguments.of("tcp_keepalive_time at latest", keepalive, "baseline", "latest", List.of()),
        Arguments.of("tcp_keepalive_time at v1.29", keepalive, "baseline", "v1.29", List.of("sysctls", "sysctls")),
        Arguments.of("tcp_keepalive_time at v1.28", keepalive, "baseline", "v1.28", List.of("sysctls", "sysctls")),
        Arguments.of("tcp_rmem at v1.32", rmem, "baseline", "v1.32", List.of("sysctls", "sysctls", "sysctls")),
        Arguments.of("tcp_rmem at latest", rmem, "baseline", "latest", List.of()),
        Arguments.of("probe host at v1.33", probeHost, "baseline", "v1.33", List.of()),
        Arguments.of("probe host at v1.34", probeHost, "baseline", "v1.34", List.of("hostProbesAndHostLifecycle")),
        Arguments.of("probe host at latest", probeHost, "baseline", "latest", List.of("hostProbesAndHostLifecycle")),
        Arguments.of("probe host, empty version", probeHost, "baseline", "", List.of("hostProbesAndHostLifecycle")),
        Arguments.of("container_engine_t at v1.30", engineType, "baseline", "v1.30", List.of("seLinuxOptions")),
        Arguments.of("container_engine_t at v1.31", engineType, "baseline", "v1.31", List.of("seLinuxOptions")),
        Arguments.of("container_engine_t at latest", engineType, "baseline", "latest", List.of()),
        Arguments.of("seccomp field at v1.18", unconfinedField, "baseline", "v1.18", List.of()),
        Arguments.of("seccomp field at v1.19", unconfinedField, "baseline", "v1.19", List.of("seccompProfile_baseline")),
        Arguments.of("seccomp annotation at latest", unconfinedAnnotation, "baseline", "latest", List.of()),
        Arguments.of("seccomp annotation at v1.19", unconfinedAnnotation, "baseline", "v1.19",
            List.of("seccompProfile_baseline")),
        Arguments.of("seccomp annotation at v1.0", unconfinedAnnotation, "baseline", "v1.0",
            List.of("seccompProfile_baseline")),
        Arguments.of("runAsUser 0 at v1.22", runsAsRoot, "restricted", "v1.22", List.of()),
        Arguments.of("runAsUser 0 at v1.23", runsAsRoot, "restricted", "v1.23", List.of("runAsUser")),
        Arguments.of("windows pod at latest", windows, "restricted", "latest", List.of()),
        Arguments.of("windows pod at v1.24", windows, "restricted", "v1.24",
            List.of("allowPrivilegeEscalation", "capabilities_restricted", "seccompProfile_restricted")),
        Arguments.of("windows pod at v1.25", windows, "restricted", "v1.25",
            List.of("allowPrivilegeEscalation", "capabilities_restricted", "seccompProfile_restricted")),
        Arguments.of("far future version", probeHost, "baseline", "v1.99", List.of("hostProbesAndHostLifecycle")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void appliesTheImplementationsKyvernoPicksForTheVersion(
      String name, JsonNode resource, String level, String version, List<String> expected) {
    assertThat(failedIds(resource, level, version)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"baseline", "restricted", "privileged"})
  void onlyTheBaselineLevelLeavesOutRestrictedChecks(String level) {
    JsonNode pod = Pods.podWithSpec("containers: [{name: a, image: a, securityContext: {privileged: true}}]");

    List<String> ids = failedIds(pod, level, "latest");

    // Kyverno filters on "baseline" alone, so "privileged" runs everything, as "restricted" does.
    if (level.equals("baseline")) {
      assertThat(ids).containsExactly("privileged");
    } else {
      assertThat(ids).containsExactly("allowPrivilegeEscalation", "capabilities_restricted", "privileged",
          "runAsNonRoot", "seccompProfile_restricted");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.25", "v1", "v1.01", "v2.0", "V1.25", "v1.25.0", "Latest", "v1.-1"})
  void rejectsVersionsTheLibraryCannotParse(String version) {
    JsonNode pod = Pods.podWithSpec("containers: [{name: a, image: a}]");

    assertThatThrownBy(() -> PodSecurity.evaluate(pod, "baseline", version, List.of()))
        .isInstanceOf(PodSecurityException.class)
        .hasMessage("failed to parse pod security api version: must be \"latest\" or \"v1.x\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1.0", "v1.19", "v1.25", "v1.30", "v1.34", "v1.35", "latest", ""})
  void acceptsLatestEmptyAndV1Versions(String version) {
    JsonNode pod = Pods.podWithSpec("containers: [{name: a, image: a}]");

    assertThat(PodSecurity.evaluate(pod, "baseline", version, List.of()).allowed()).isTrue();
  }
}
