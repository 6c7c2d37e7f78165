package io.bulwark.engine.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Golden messages. The first three are Kyverno's own output as published in a policy report and in
 * admission errors (HPE CSM documentation, operations/kubernetes/Kyverno.md, Kyverno 1.13), with
 * kubectl's line wrapping undone; the resources are rebuilt from the paths and values they name.
 */
class PodSecurityMessageTest {

  static final String CEPH = "artifactory.algol60.net/csm-docker/stable/quay.io/cephcsi/cephcsi:v3.14.0";
  static final String REGISTRAR =
      "artifactory.algol60.net/csm-docker/stable/registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.13.0";

  static final JsonNode CEPH_DAEMONSET = Pods.yaml("""
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: cray-ceph-csi-cephfs-nodeplugin, namespace: ceph-cephfs}
      spec:
        template:
          spec:
            hostNetwork: true
            hostPID: true
            containers:
            - name: csi-cephfsplugin
              image: %s
              securityContext:
                privileged: true
                capabilities: {add: [SYS_ADMIN]}
            - name: driver-registrar
              image: %s
              securityContext: {privileged: true}
            - name: liveness-prometheus
              image: %s
              securityContext: {privileged: true}
            volumes:
            - {name: socket-dir, hostPath: {path: /var/lib/kubelet/plugins/cephfs.csi.ceph.com}}
            - {name: registration-dir, hostPath: {path: /var/lib/kubelet/plugins_registry}}
            - {name: mountpoint-dir, hostPath: {path: /var/lib/kubelet/pods}}
            - {name: plugin-dir, hostPath: {path: /var/lib/kubelet/plugins}}
            - {name: host-sys, hostPath: {path: /sys}}
            - {name: etc-selinux, hostPath: {path: /etc/selinux}}
            - {name: host-mount, hostPath: {path: /run/mount}}
            - {name: lib-modules, hostPath: {path: /lib/modules}}
            - {name: host-dev, hostPath: {path: /dev}}
            - {name: ceph-config, configMap: {name: ceph-config}}
            - {name: keys-tmp-dir, emptyDir: {medium: Memory}}
            - {name: ceph-csi-config, configMap: {name: ceph-csi-config}}
            - {name: mountinfo, hostPath: {path: /var/lib/kubelet/plugins/cephfs.csi.ceph.com/mountinfo}}
      """.formatted(CEPH, REGISTRAR, CEPH));

  @Test
  void matchesKyvernosReportMessageForADaemonSet() {
    PodSecurityResult result = PodSecurity.evaluate(CEPH_DAEMONSET, "baseline", "latest", List.of());

    String hostPath = "spec.template.spec.volumes[%d].hostPath is forbidden, forbidden values found: %s";
    assertThat(result.message("autogen-baseline")).isEqualTo(
        "Validation rule 'autogen-baseline' failed. It violates PodSecurity \"baseline:latest\": "
            + "(Forbidden reason: non-default capabilities, field error list: [spec.template.spec.containers[0]"
            + ".securityContext.capabilities.add is forbidden, forbidden values found: [SYS_ADMIN]])"
            + "(Forbidden reason: host namespaces, field error list: [spec.template.spec.hostNetwork is forbidden,"
            + " forbidden values found: true, spec.template.spec.hostPID is forbidden, forbidden values found: true])"
            + "(Forbidden reason: hostPath volumes, field error list: ["
            + String.join(", ",
                hostPath.formatted(0, "/var/lib/kubelet/plugins/cephfs.csi.ceph.com"),
                hostPath.formatted(1, "/var/lib/kubelet/plugins_registry"),
                hostPath.formatted(2, "/var/lib/kubelet/pods"),
                hostPath.formatted(3, "/var/lib/kubelet/plugins"),
                hostPath.formatted(4, "/sys"),
                hostPath.formatted(5, "/etc/selinux"),
                hostPath.formatted(6, "/run/mount"),
                hostPath.formatted(7, "/lib/modules"),
                hostPath.formatted(8, "/dev"),
                hostPath.formatted(12, "/var/lib/kubelet/plugins/cephfs.csi.ceph.com/mountinfo"))
            + "])(Forbidden reason: privileged, field error list: ["
            + "spec.template.spec.containers[0].securityContext.privileged is forbidden, forbidden values found: true, "
            + "spec.template.spec.containers[1].securityContext.privileged is forbidden, forbidden values found: true, "
            + "spec.template.spec.containers[2].securityContext.privileged is forbidden, forbidden values found: true])");
  }

  @Test
  void reportsTheControlsAndImagesKyvernoPutsInReportProperties() {
    PodSecurityResult result = PodSecurity.evaluate(CEPH_DAEMONSET, "baseline", "latest", List.of());

    assertThat(result.controls()).isEqualTo("capabilities_baseline,hostNamespaces,hostPathVolumes,privileged");
    assertThat(result.failures()).extracting(CheckFailure::controlName)
        .containsExactly("Capabilities", "Host Namespaces", "HostPath Volumes", "Privileged Containers");
    assertThat(result.failures()).extracting(CheckFailure::images).containsExactly(
        List.of(CEPH), List.of(), List.of(), List.of(CEPH, REGISTRAR, CEPH));
  }

  @Test
  void thePolicyExceptionPublishedWithThatReportExemptsTheDaemonSet() {
    List<Exclusion> exception = List.of(
        new Exclusion("Privileged Containers",
            List.of("*/quay.io/cephcsi/cephcsi:*", "*/registry.k8s.io/sig-storage/csi-node-driver-registrar:*"),
            "spec.containers[*].securityContext.privileged", List.of("true")),
        new Exclusion("Capabilities", List.of("*/quay.io/cephcsi/cephcsi:*"),
            "spec.containers[*].securityContext.capabilities.add", List.of("SYS_ADMIN")),
        new Exclusion("Host Namespaces", List.of(), "spec.hostNetwork", List.of("true")),
        new Exclusion("Host Namespaces", List.of(), "spec.hostPID", List.of("true")),
        new Exclusion("Host Ports", List.of("*/quay.io/cephcsi/cephcsi:*"),
            "spec.containers[*].ports[*].hostPort", List.of("8080", "8081")),
        new Exclusion("HostPath Volumes", List.of(), "spec.volumes[*].hostPath", List.of(
            "/dev", "/etc/selinux", "/lib/modules", "/run/mount", "/sys", "/var/lib/kubelet/plugins",
            "/var/lib/kubelet/plugins/cephfs.csi.ceph.com", "/var/lib/kubelet/plugins/cephfs.csi.ceph.com/mountinfo",
            "/var/lib/kubelet/plugins/rbd.csi.ceph.com", "/var/lib/kubelet/plugins_registry", "/var/lib/kubelet/pods",
            "/var/log/ceph")));

    PodSecurityResult result = PodSecurity.evaluate(CEPH_DAEMONSET, "baseline", "latest", exception);

    assertThat(result.allowed()).isTrue();
    assertThat(result.message("autogen-baseline")).isEqualTo("Validation rule 'autogen-baseline' passed.");
  }

  @Test
  void matchesKyvernosAdmissionMessageForAPodAddingNetRaw() {
    JsonNode pod = Pods.yaml("""
        apiVersion: v1
        kind: Pod
        metadata: {name: badpod01, namespace: default}
        spec:
          containers:
          - name: container01
            image: dummyimagename
            securityContext:
              capabilities:
                add: [NET_RAW]
        """);

    assertThat(PodSecurity.evaluate(pod, "baseline", "latest", List.of()).message("baseline")).isEqualTo(
        "Validation rule 'baseline' failed. It violates PodSecurity \"baseline:latest\": (Forbidden reason: "
            + "non-default capabilities, field error list: [spec.containers[0].securityContext.capabilities.add "
            + "is forbidden, forbidden values found: [NET_RAW]])");
  }

  @Test
  void matchesKyvernosEventMessageForAPodWithHostPathVolumes() {
    JsonNode pod = Pods.podWithSpec("""
        containers: [{name: main, image: alpine}]
        volumes:
        - {name: podinfo, downwardAPI: {items: []}}
        - {name: scratch, emptyDir: {}}
        - {name: ca-certs, hostPath: {path: /var/lib/ca-certificates}}
        - {name: upgrade, hostPath: {path: /etc/cray/upgrade/csm}}
        """);

    assertThat(PodSecurity.evaluate(pod, "baseline", "latest", List.of()).message("baseline")).isEqualTo(
        "Validation rule 'baseline' failed. It violates PodSecurity \"baseline:latest\": (Forbidden reason: "
            + "hostPath volumes, field error list: [spec.volumes[2].hostPath is forbidden, forbidden values found: "
            + "/var/lib/ca-certificates, spec.volumes[3].hostPath is forbidden, forbidden values found: "
            + "/etc/cray/upgrade/csm])");
  }

  @Test
  void listsEveryRestrictedFailureOfAPlainPodInCheckOrder() {
    JsonNode pod = Pods.podWithSpec("containers: [{name: nginx, image: nginx}]");

    PodSecurityResult result = PodSecurity.evaluate(pod, "restricted", "latest", List.of());

    assertThat(result.message("restricted")).isEqualTo(
        "Validation rule 'restricted' failed. It violates PodSecurity \"restricted:latest\": "
            + "(Forbidden reason: allowPrivilegeEscalation != false, field error list: "
            + "[spec.containers[0].securityContext.allowPrivilegeEscalation: Required value])"
            + "(Forbidden reason: unrestricted capabilities, field error list: "
            + "[spec.containers[0].securityContext.capabilities.drop: Required value])"
            + "(Forbidden reason: runAsNonRoot != true, field error list: "
            + "[spec.containers[0].securityContext.runAsNonRoot: Required value])"
            + "(Forbidden reason: seccompProfile, field error list: "
            + "[spec.containers[0].securityContext.seccompProfile.type: Required value])");
    assertThat(result.failures()).extracting(CheckFailure::images).containsOnly(List.of("docker.io/nginx:latest"));
  }

  @Test
  void printsTheVersionAsWrittenEvenWhenEmpty() {
    JsonNode pod = Pods.podWithSpec("hostIPC: true\ncontainers: [{name: a, image: a}]");

    assertThat(PodSecurity.evaluate(pod, "baseline", "", List.of()).message("r")).startsWith(
        "Validation rule 'r' failed. It violates PodSecurity \"baseline:\": (Forbidden reason: host namespaces, "
            + "field error list: [spec.hostIPC is forbidden, forbidden values found: true])");
  }

  @Test
  void printsAnEmptyFieldErrorListForTheProbeHostCheck() {
    JsonNode pod = Pods.podWithSpec("""
        containers:
        - name: agent
          image: agent:1
          livenessProbe: {httpGet: {host: localhost, path: /healthz, port: 2703}}
        """);

    assertThat(PodSecurity.evaluate(pod, "baseline", "v1.34", List.of()).message("baseline")).isEqualTo(
        "Validation rule 'baseline' failed. It violates PodSecurity \"baseline:v1.34\": "
            + "(Forbidden reason: probe or lifecycle host, field error list: [])");
  }
}
