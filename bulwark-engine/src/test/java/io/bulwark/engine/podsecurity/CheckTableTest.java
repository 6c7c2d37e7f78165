package io.bulwark.engine.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each check's reason, detail and field errors, one row per case, as the pod-security-admission
 * library (Kyverno's fork, with field errors on) gives them.
 */
class CheckTableTest {

  private static Arguments row(String name, Check.Fn fn, String spec, String reason, String detail, String... errors) {
    return Arguments.of(name, fn, spec, reason, detail, List.of(errors));
  }

  private static Arguments allowed(String name, Check.Fn fn, String spec) {
    return Arguments.of(name, fn, spec, null, null, List.of());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // allowPrivilegeEscalation
        row("ape: unset context, unset field, true", AllowPrivilegeEscalationCheck::v1Dot8, """
            containers:
            - name: a
            - name: b
              securityContext: {}
            - name: c
              securityContext: {allowPrivilegeEscalation: true}
            - name: d
              securityContext: {allowPrivilegeEscalation: false}
            """, "allowPrivilegeEscalation != false",
            "containers \"a\", \"b\", \"c\" must set securityContext.allowPrivilegeEscalation=false",
            "spec.containers[0].securityContext.allowPrivilegeEscalation: Required value",
            "spec.containers[1].securityContext.allowPrivilegeEscalation is forbidden, forbidden values found: nil",
            "spec.containers[2].securityContext.allowPrivilegeEscalation is forbidden, forbidden values found: true"),
        allowed("ape 1.25: windows pods are exempt", AllowPrivilegeEscalationCheck::v1Dot25, """
            os: {name: windows}
            containers: [{name: a}]
            """),
        row("ape 1.8: windows pods are not exempt", AllowPrivilegeEscalationCheck::v1Dot8, """
            os: {name: windows}
            containers: [{name: a}]
            """, "allowPrivilegeEscalation != false",
            "container \"a\" must set securityContext.allowPrivilegeEscalation=false",
            "spec.containers[0].securityContext.allowPrivilegeEscalation: Required value"),
        row("ape: init, then regular, then ephemeral containers", AllowPrivilegeEscalationCheck::v1Dot8, """
            containers: [{name: c}]
            ephemeralContainers: [{name: e}]
            initContainers: [{name: i}]
            """, "allowPrivilegeEscalation != false",
            "containers \"i\", \"c\", \"e\" must set securityContext.allowPrivilegeEscalation=false",
            "spec.initContainers[0].securityContext.allowPrivilegeEscalation: Required value",
            "spec.containers[0].securityContext.allowPrivilegeEscalation: Required value",
            "spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation: Required value"),

        // appArmorProfile
        row("apparmor: pod, containers and annotations", AppArmorProfileCheck::v1Dot0, """
            securityContext: {appArmorProfile: {type: Unconfined}}
            containers:
            - name: a
              securityContext: {appArmorProfile: {type: Unconfined}}
            - name: b
              securityContext: {appArmorProfile: {type: RuntimeDefault}}
            """, "forbidden AppArmor profile",
            "pod and container \"a\" must not set AppArmor profile type to \"Unconfined\"",
            "spec.securityContext.appArmorProfile.type is forbidden, forbidden values found: Unconfined",
            "spec.containers[0].securityContext.appArmorProfile.type is forbidden, forbidden values found: Unconfined"),
        allowed("apparmor: allowed types", AppArmorProfileCheck::v1Dot0, """
            securityContext: {appArmorProfile: {type: Localhost}}
            containers: [{name: a, securityContext: {appArmorProfile: {type: RuntimeDefault}}}]
            """),

        // capabilities_baseline
        row("capabilities baseline: non-default capabilities, sorted", CapabilitiesBaselineCheck::v1Dot0, """
            containers:
            - name: a
              securityContext: {capabilities: {add: [SYS_TIME, KILL, NET_RAW]}}
            - name: b
              securityContext: {capabilities: {add: [CHOWN]}}
            - name: c
              securityContext: {capabilities: {add: [SYS_ADMIN]}}
            """, "non-default capabilities",
            "containers \"a\", \"c\" must not include \"NET_RAW\", \"SYS_ADMIN\", \"SYS_TIME\" in securityContext.capabilities.add",
            "spec.containers[0].securityContext.capabilities.add is forbidden, forbidden values found: [NET_RAW SYS_TIME]",
            "spec.containers[2].securityContext.capabilities.add is forbidden, forbidden values found: [SYS_ADMIN]"),

        // capabilities_restricted
        row("capabilities restricted: drop ALL and add only NET_BIND_SERVICE", CapabilitiesRestrictedCheck::v1Dot22, """
            containers:
            - name: a
            - name: b
              securityContext: {capabilities: {}}
            - name: c
              securityContext: {capabilities: {drop: [NET_RAW, KILL]}}
            - name: d
              securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE, CHOWN]}}
            """, "unrestricted capabilities",
            "containers \"a\", \"b\", \"c\" must set securityContext.capabilities.drop=[\"ALL\"]; "
                + "container \"d\" must not include \"CHOWN\" in securityContext.capabilities.add",
            "spec.containers[0].securityContext.capabilities.drop: Required value",
            "spec.containers[1].securityContext.capabilities.drop: Required value",
            "spec.containers[2].securityContext.capabilities.drop is forbidden, forbidden values found: [KILL NET_RAW]",
            "spec.containers[3].securityContext.capabilities.add is forbidden, forbidden values found: [CHOWN]"),
        allowed("capabilities restricted 1.25: windows pods are exempt", CapabilitiesRestrictedCheck::v1Dot25, """
            os: {name: windows}
            containers: [{name: a}]
            """),

        // hostNamespaces
        row("host namespaces", HostNamespacesCheck::v1Dot0, """
            hostNetwork: true
            hostPID: true
            hostIPC: true
            containers: [{name: a}]
            """, "host namespaces", "hostNetwork=true, hostPID=true, hostIPC=true",
            "spec.hostNetwork is forbidden, forbidden values found: true",
            "spec.hostPID is forbidden, forbidden values found: true",
            "spec.hostIPC is forbidden, forbidden values found: true"),
        allowed("host namespaces: false", HostNamespacesCheck::v1Dot0, "hostNetwork: false\ncontainers: [{name: a}]\n"),

        // hostPathVolumes
        row("hostPath volumes; an empty path is no value", HostPathVolumesCheck::v1Dot0, """
            volumes:
            - {name: a, hostPath: {path: /dev}}
            - {name: b, emptyDir: {}}
            - {name: c, hostPath: {}}
            """, "hostPath volumes", "volumes \"a\", \"c\"",
            "spec.volumes[0].hostPath is forbidden, forbidden values found: /dev",
            "spec.volumes[2].hostPath: Forbidden"),

        // hostPorts
        row("host ports, sorted as text", HostPortsCheck::v1Dot0, """
            containers:
            - name: a
              ports: [{containerPort: 80, hostPort: 8080}, {containerPort: 81}, {containerPort: 82, hostPort: 9}]
            - name: b
              ports: [{containerPort: 80, hostPort: 0}]
            """, "hostPort", "container \"a\" uses hostPorts 8080, 9",
            "spec.containers[0].ports[0].hostPort is forbidden, forbidden values found: 8080",
            "spec.containers[0].ports[2].hostPort is forbidden, forbidden values found: 9"),

        // hostProbesAndHostLifecycle
        row("probe and hook hosts: sorted sets, no field errors", HostProbesAndHostLifecycleCheck::v1Dot34, """
            containers:
            - name: valid
            - name: z
              livenessProbe: {httpGet: {host: a.com, port: 80}}
            - name: b
              lifecycle: {preStop: {tcpSocket: {host: b.com, port: 80}}}
              startupProbe: {httpGet: {host: a.com, port: 80}}
            """, "probe or lifecycle host", "containers \"b\", \"z\" use probe or lifecycle hosts \"a.com\", \"b.com\""),
        allowed("probe hosts unset", HostProbesAndHostLifecycleCheck::v1Dot34, """
            containers:
            - name: a
              livenessProbe: {httpGet: {path: /, port: 80}}
              readinessProbe: {tcpSocket: {port: 80}}
            """),

        // privileged
        row("privileged", PrivilegedCheck::v1Dot0, """
            initContainers: [{name: i, securityContext: {privileged: true}}]
            containers:
            - {name: a, securityContext: {privileged: false}}
            - {name: b, securityContext: {privileged: true}}
            """, "privileged", "containers \"i\", \"b\" must not set securityContext.privileged=true",
            "spec.initContainers[0].securityContext.privileged is forbidden, forbidden values found: true",
            "spec.containers[1].securityContext.privileged is forbidden, forbidden values found: true"),

        // procMount
        row("procMount; hostUsers false is not relaxed", ProcMountCheck::v1Dot0, """
            hostUsers: false
            containers:
            - {name: a, securityContext: {procMount: Unmasked}}
            - {name: b, securityContext: {procMount: Default}}
            """, "procMount", "container \"a\" must not set securityContext.procMount to \"Unmasked\"",
            "spec.containers[0].securityContext.procMount is forbidden, forbidden values found: Unmasked"),

        // restrictedVolumes
        row("restricted volumes; no known source is unknown", RestrictedVolumesCheck::v1Dot0, """
            volumes:
            - {name: a, configMap: {name: x}}
            - {name: b, hostPath: {path: /}}
            - {name: c, nfs: {server: s, path: /}}
            - {name: d, someFutureSource: {}}
            - {name: e, image: {reference: x}}
            """, "restricted volume types",
            "volumes \"b\", \"c\", \"d\" use restricted volume types \"hostPath\", \"nfs\", \"unknown\"",
            "spec.volumes[1].hostPath: Forbidden", "spec.volumes[2].nfs: Forbidden", "spec.volumes[3].unknown: Forbidden"),

        // runAsNonRoot
        row("runAsNonRoot: explicit false and missing", RunAsNonRootCheck::v1Dot0, """
            securityContext: {runAsNonRoot: false}
            containers:
            - {name: a, securityContext: {runAsNonRoot: false}}
            - {name: b}
            - {name: c, securityContext: {runAsNonRoot: true}}
            """, "runAsNonRoot != true",
            "pod and container \"a\" must not set securityContext.runAsNonRoot=false\n"
                + "pod or container \"b\" must set securityContext.runAsNonRoot=true",
            "spec.securityContext.runAsNonRoot is forbidden, forbidden values found: false",
            "spec.containers[0].securityContext.runAsNonRoot is forbidden, forbidden values found: false",
            "spec.containers[1].securityContext.runAsNonRoot: Required value"),
        allowed("runAsNonRoot: set on the pod", RunAsNonRootCheck::v1Dot0, """
            securityContext: {runAsNonRoot: true}
            containers: [{name: a}]
            """),

        // runAsUser
        row("runAsUser=0", RunAsUserCheck::v1Dot23, """
            securityContext: {runAsUser: 0}
            containers:
            - {name: a, securityContext: {runAsUser: 0}}
            - {name: b, securityContext: {runAsUser: 1000}}
            """, "runAsUser=0", "pod and container \"a\" must not set runAsUser=0",
            "spec.securityContext.runAsUser is forbidden, forbidden values found: 0",
            "spec.containers[0].securityContext.runAsUser is forbidden, forbidden values found: 0"),

        // seLinuxOptions
        row("seLinux type, user and role", SeLinuxOptionsCheck.CHECK.versions().get(0).fn(), """
            securityContext: {seLinuxOptions: {type: spc_t}}
            containers:
            - {name: a, securityContext: {seLinuxOptions: {type: container_engine_t, user: u, role: r}}}
            - {name: b, securityContext: {seLinuxOptions: {type: container_t}}}
            """, "seLinuxOptions",
            "pod and container \"a\" set forbidden securityContext.seLinuxOptions: "
                + "types \"container_engine_t\", \"spc_t\"; user may not be set; role may not be set",
            "spec.securityContext.seLinuxOptions.type is forbidden, forbidden values found: spc_t",
            "spec.containers[0].securityContext.seLinuxOptions.type is forbidden, forbidden values found: container_engine_t",
            "spec.containers[0].securityContext.seLinuxOptions.user is forbidden, forbidden values found: u",
            "spec.containers[0].securityContext.seLinuxOptions.role is forbidden, forbidden values found: r"),
        allowed("seLinux 1.31 allows container_engine_t", SeLinuxOptionsCheck.CHECK.versions().get(1).fn(), """
            containers: [{name: a, securityContext: {seLinuxOptions: {type: container_engine_t}}}]
            """),

        // seccompProfile_baseline
        row("seccomp baseline 1.19: fields", SeccompProfileBaselineCheck::v1Dot19, """
            securityContext: {seccompProfile: {type: Unconfined}}
            containers:
            - {name: a, securityContext: {seccompProfile: {}}}
            - {name: b, securityContext: {seccompProfile: {type: Localhost}}}
            """, "seccompProfile", "pod and container \"a\" must not set securityContext.seccompProfile.type to \"\", \"Unconfined\"",
            "spec.securityContext.seccompProfile.type is forbidden, forbidden values found: Unconfined",
            "spec.containers[0].securityContext.seccompProfile.type: Forbidden"),

        // seccompProfile_restricted
        row("seccomp restricted: explicit bad value wins over missing", SeccompProfileRestrictedCheck::v1Dot19, """
            containers:
            - {name: a, securityContext: {seccompProfile: {type: Unconfined}}}
            - {name: b}
            """, "seccompProfile", "container \"a\" must not set securityContext.seccompProfile.type to \"Unconfined\"",
            "spec.containers[0].securityContext.seccompProfile.type is forbidden, forbidden values found: Unconfined"),
        row("seccomp restricted: missing everywhere", SeccompProfileRestrictedCheck::v1Dot19, """
            containers: [{name: a}, {name: b, securityContext: {}}]
            """, "seccompProfile",
            "pod or containers \"a\", \"b\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"",
            "spec.containers[0].securityContext.seccompProfile.type: Required value",
            "spec.containers[1].securityContext.seccompProfile.type: Required value"),
        allowed("seccomp restricted: set on the pod", SeccompProfileRestrictedCheck::v1Dot19, """
            securityContext: {seccompProfile: {type: RuntimeDefault}}
            containers: [{name: a}]
            """),

        // sysctls
        row("sysctls 1.0", SysctlsCheck.CHECK.versions().get(0).fn(), """
            securityContext:
              sysctls:
              - {name: kernel.shm_rmid_forced, value: "0"}
              - {name: net.ipv4.tcp_keepalive_time, value: "1"}
              - {name: kernel.msgmax, value: "1"}
            """, "forbidden sysctls", "net.ipv4.tcp_keepalive_time, kernel.msgmax",
            "spec.securityContext.sysctls[1].name is forbidden, forbidden values found: net.ipv4.tcp_keepalive_time",
            "spec.securityContext.sysctls[2].name is forbidden, forbidden values found: kernel.msgmax"),

        // windowsHostProcess
        row("hostProcess: pod before containers", WindowsHostProcessCheck::v1Dot0, """
            securityContext: {windowsOptions: {hostProcess: true}}
            containers:
            - {name: a, securityContext: {windowsOptions: {hostProcess: true}}}
            - {name: b, securityContext: {windowsOptions: {hostProcess: false}}}
            """, "hostProcess", "pod and container \"a\" must not set securityContext.windowsOptions.hostProcess=true",
            "spec.securityContext.windowsOptions.hostProcess is forbidden, forbidden values found: true",
            "spec.containers[0].securityContext.windowsOptions.hostProcess is forbidden, forbidden values found: true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheLibrarysReasonDetailAndFieldErrors(
      String name, Check.Fn fn, String spec, String reason, String detail, List<String> errors) {
    CheckResult result = fn.check(Pods.spec(spec));

    if (reason == null) {
      assertThat(result.allowed()).isTrue();
      return;
    }
    assertThat(result.allowed()).isFalse();
    assertThat(result.reason()).isEqualTo(reason);
    assertThat(result.detail()).isEqualTo(detail);
    assertThat(Pods.rendered(result.errors())).containsExactlyElementsOf(errors);
  }

  @org.junit.jupiter.api.Test
  void readsTheAppArmorAndSeccompAnnotationsSortedByKey() {
    Pod pod = Pods.decode(Pods.yaml("""
        kind: Pod
        metadata:
          name: test
          annotations:
            container.apparmor.security.beta.kubernetes.io/b: unconfined
            container.apparmor.security.beta.kubernetes.io/a: localhost/custom
            container.apparmor.security.beta.kubernetes.io/c: ""
            seccomp.security.alpha.kubernetes.io/pod: unconfined
            container.seccomp.security.alpha.kubernetes.io/a: docker/default
            container.seccomp.security.alpha.kubernetes.io/b: "un\\tconfined"
        spec:
          containers: [{name: a}, {name: b}]
        """));

    CheckResult apparmor = AppArmorProfileCheck.v1Dot0(pod);
    assertThat(apparmor.reason()).isEqualTo("forbidden AppArmor profile");
    assertThat(apparmor.detail()).isEqualTo(
        "annotation must not set AppArmor profile type to \"container.apparmor.security.beta.kubernetes.io/b=\"unconfined\"\"");
    assertThat(Pods.rendered(apparmor.errors())).containsExactly(
        "metadata.annotations[container.apparmor.security.beta.kubernetes.io/b] is forbidden, forbidden values found: unconfined");

    CheckResult seccomp = SeccompProfileBaselineCheck.v1Dot0(pod);
    assertThat(seccomp.reason()).isEqualTo("seccompProfile");
    assertThat(seccomp.detail()).isEqualTo("forbidden annotations "
        + "container.seccomp.security.alpha.kubernetes.io/b=\"un\\tconfined\", "
        + "seccomp.security.alpha.kubernetes.io/pod=\"unconfined\"");
    assertThat(Pods.rendered(seccomp.errors())).containsExactly(
        "metadata.annotations[container.seccomp.security.alpha.kubernetes.io/b] is forbidden, forbidden values found: un\tconfined",
        "metadata.annotations[seccomp.security.alpha.kubernetes.io/pod] is forbidden, forbidden values found: unconfined");
  }
}
