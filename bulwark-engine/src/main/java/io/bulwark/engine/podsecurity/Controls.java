package io.bulwark.engine.podsecurity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pod Security Standards control names and the check IDs behind them (Kyverno's {@code
 * PSS_controls_to_check_id}). {@code exclude[].controlName} is looked up here; a name not listed
 * excludes nothing. Reports name a failed check by its control.
 */
public final class Controls {

  private static final Map<String, List<String>> CHECK_IDS = new LinkedHashMap<>();

  static {
    CHECK_IDS.put("Capabilities", List.of("capabilities_baseline", "capabilities_restricted"));
    CHECK_IDS.put("Seccomp", List.of("seccompProfile_baseline", "seccompProfile_restricted"));
    CHECK_IDS.put("Privileged Containers", List.of("privileged"));
    CHECK_IDS.put("Host Ports", List.of("hostPorts"));
    CHECK_IDS.put("/proc Mount Type", List.of("procMount"));
    CHECK_IDS.put("HostProcess", List.of("windowsHostProcess"));
    CHECK_IDS.put("SELinux", List.of("seLinuxOptions"));
    CHECK_IDS.put("Host Namespaces", List.of("hostNamespaces"));
    CHECK_IDS.put("HostPath Volumes", List.of("hostPathVolumes"));
    CHECK_IDS.put("Sysctls", List.of("sysctls"));
    CHECK_IDS.put("AppArmor", List.of("appArmorProfile"));
    // Kyverno's newest name for the Kubernetes 1.34 control (kyverno#15111).
    CHECK_IDS.put("Host Probes / Lifecycle Hooks", List.of("hostProbesAndHostLifecycle"));
    CHECK_IDS.put("Privilege Escalation", List.of("allowPrivilegeEscalation"));
    CHECK_IDS.put("Running as Non-root", List.of("runAsNonRoot"));
    CHECK_IDS.put("Running as Non-root user", List.of("runAsUser"));
    CHECK_IDS.put("Volume Types", List.of("restrictedVolumes"));
  }

  private Controls() {}

  /** The check IDs of a control; empty for an unknown name (names are case-sensitive). */
  public static List<String> checkIds(String controlName) {
    return CHECK_IDS.getOrDefault(controlName, List.of());
  }

  /** The control a check belongs to, e.g. {@code Capabilities}; empty for an unknown check ID. */
  public static String controlName(String checkId) {
    for (var entry : CHECK_IDS.entrySet()) {
      if (entry.getValue().contains(checkId)) {
        return entry.getKey();
      }
    }
    return "";
  }

  /** Every control name Kyverno accepts, in its documentation order. */
  public static List<String> names() {
    return List.copyOf(CHECK_IDS.keySet());
  }
}
