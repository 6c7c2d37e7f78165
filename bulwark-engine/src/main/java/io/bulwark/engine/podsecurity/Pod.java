package io.bulwark.engine.podsecurity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a pod the checks read, decoded the way Go decodes JSON into {@code corev1.Pod}:
 * absent and {@code null} are the same, optional fields are {@code null} when unset, and a
 * present-but-empty object (such as {@code seccompProfile: {}}) is not the same as an absent one.
 */
record Pod(String name, String namespace, Map<String, String> annotations, Spec spec) {

  record Spec(
      boolean hostNetwork,
      boolean hostPID,
      boolean hostIPC,
      String osName,
      PodSecurityContext securityContext,
      List<Volume> volumes,
      List<Container> initContainers,
      List<Container> containers,
      List<Container> ephemeralContainers) {}

  record PodSecurityContext(
      Boolean runAsNonRoot,
      Long runAsUser,
      Profile seccompProfile,
      SeLinux seLinuxOptions,
      List<String> sysctlNames,
      boolean hostProcess,
      Profile appArmorProfile) {}

  /**
   * @param hostPorts every port's {@code hostPort}, 0 when unset
   * @param probeHosts the non-empty {@code host} of the liveness, readiness and startup probes and
   *     the postStart and preStop hooks, httpGet before tcpSocket, in that order
   */
  record Container(
      String name, String image, SecurityContext securityContext, List<Integer> hostPorts, List<String> probeHosts) {}

  record SecurityContext(
      Boolean privileged,
      Boolean allowPrivilegeEscalation,
      Boolean runAsNonRoot,
      Long runAsUser,
      Capabilities capabilities,
      String procMount,
      Profile seccompProfile,
      SeLinux seLinuxOptions,
      boolean hostProcess,
      Profile appArmorProfile) {}

  record Capabilities(List<String> add, List<String> drop) {}

  /** A seccomp or AppArmor profile that is set; its type may be the empty string. */
  record Profile(String type) {}

  record SeLinux(String type, String user, String role) {}

  /**
   * @param sources the volume source keys that are set ({@code hostPath}, {@code configMap}, ...)
   * @param hostPathPath {@code hostPath.path}, empty when unset
   */
  record Volume(String name, Set<String> sources, String hostPathPath) {}

  /** Called with each container and the path to it. */
  @FunctionalInterface
  interface ContainerVisitor {
    void visit(Container container, GoPath path);
  }

  /** Init containers, then containers, then ephemeral containers, as the library's visitor goes. */
  void visitContainers(ContainerVisitor visitor) {
    visit(spec.initContainers, GoPath.SPEC.child("initContainers"), visitor);
    visit(spec.containers, GoPath.SPEC.child("containers"), visitor);
    visit(spec.ephemeralContainers, GoPath.SPEC.child("ephemeralContainers"), visitor);
  }

  private static void visit(List<Container> containers, GoPath path, ContainerVisitor visitor) {
    for (int i = 0; i < containers.size(); i++) {
      visitor.visit(containers.get(i), path.index(i));
    }
  }

  /** The container a field path points at, for {@code containers}, {@code initContainers} or {@code ephemeralContainers}. */
  Container container(String listName, int index) {
    List<Container> list = switch (listName) {
      case "containers" -> spec.containers;
      case "initContainers" -> spec.initContainers;
      default -> spec.ephemeralContainers;
    };
    return list.get(index);
  }

  /** Pod-level settings kept, containers replaced by one empty container named {@code fake} (Kyverno's trick). */
  Pod withFakeContainer() {
    var fake = new Container("fake", "", null, List.of(), List.of());
    return new Pod(name, namespace, annotations, new Spec(
        spec.hostNetwork, spec.hostPID, spec.hostIPC, spec.osName, spec.securityContext, spec.volumes,
        List.of(), List.of(fake), List.of()));
  }

  /** Only the name, the namespace and the given containers, as Kyverno builds its "matching" pod. */
  Pod withOnlyContainers(List<Container> init, List<Container> regular, List<Container> ephemeral) {
    return new Pod(name, namespace, Map.of(), new Spec(
        false, false, false, null, null, List.of(), List.copyOf(init), List.copyOf(regular), List.copyOf(ephemeral)));
  }
}
