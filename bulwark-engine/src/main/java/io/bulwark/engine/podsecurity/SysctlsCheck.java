package io.bulwark.engine.podsecurity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Baseline: only the safe sysctls; the list grows at 1.27 ({@code ip_local_reserved_ports}), 1.29
 * (the TCP keepalive and fin timeout settings) and 1.32 ({@code tcp_rmem}, {@code tcp_wmem}).
 */
final class SysctlsCheck {

  private static final Set<String> ALLOWED_1_0 = Set.of(
      "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
      "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start");
  private static final Set<String> ALLOWED_1_27 = union(ALLOWED_1_0, "net.ipv4.ip_local_reserved_ports");
  private static final Set<String> ALLOWED_1_29 = union(ALLOWED_1_27,
      "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes");
  private static final Set<String> ALLOWED_1_32 = union(ALLOWED_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

  static final Check CHECK = Check.baseline("sysctls",
      Check.since(0, pod -> check(pod, ALLOWED_1_0)),
      Check.since(27, pod -> check(pod, ALLOWED_1_27)),
      Check.since(29, pod -> check(pod, ALLOWED_1_29)),
      Check.since(32, pod -> check(pod, ALLOWED_1_32)));

  private SysctlsCheck() {}

  static CheckResult check(Pod pod, Set<String> allowed) {
    var context = pod.spec().securityContext();
    if (context == null) {
      return CheckResult.ALLOWED;
    }
    var bad = new Violations();
    List<String> names = context.sysctlNames();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!allowed.contains(name)) {
        bad.add(name, FieldError.forbidden(
            GoPath.SPEC.child("securityContext", "sysctls").index(i).child("name"), new BadValue.Text(name)));
      }
    }
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("forbidden sysctls", String.join(", ", bad.data()), bad.errors());
  }

  private static Set<String> union(Set<String> base, String... more) {
    return Stream.concat(base.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
  }
}
