package io.bulwark.engine.podsecurity;

import java.util.List;

/**
 * The library's default checks, in its registration order. Go runs the files' {@code init}
 * functions in file-name order, so this is the alphabetical order of the {@code check_*.go} files,
 * which is also the order of Kyverno's failure message when nothing is excluded.
 *
 * <p>This is the check set of Kyverno's fork of {@code k8s.io/pod-security-admission} at Kubernetes
 * 1.34: with {@code hostProbesAndHostLifecycle}, without the 1.35 {@code procMount_restricted} check
 * and user-namespace relaxations.
 */
final class Checks {

  static final List<Check> DEFAULT = List.of(
      AllowPrivilegeEscalationCheck.CHECK,
      AppArmorProfileCheck.CHECK,
      CapabilitiesBaselineCheck.CHECK,
      CapabilitiesRestrictedCheck.CHECK,
      HostNamespacesCheck.CHECK,
      HostPathVolumesCheck.CHECK,
      HostPortsCheck.CHECK,
      HostProbesAndHostLifecycleCheck.CHECK,
      PrivilegedCheck.CHECK,
      ProcMountCheck.CHECK,
      RestrictedVolumesCheck.CHECK,
      RunAsNonRootCheck.CHECK,
      RunAsUserCheck.CHECK,
      SeLinuxOptionsCheck.CHECK,
      SeccompProfileBaselineCheck.CHECK,
      SeccompProfileRestrictedCheck.CHECK,
      SysctlsCheck.CHECK,
      WindowsHostProcessCheck.CHECK);

  private Checks() {}
}
