package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;
import java.util.List;

/**
 * Baseline: probes and lifecycle hooks must not set {@code httpGet.host} or {@code tcpSocket.host},
 * 1.34+. The library (Kyverno's fork included) gives this check no field errors, so Kyverno prints
 * an empty field error list for it, and exclusions, which work on field errors, cannot remove it.
 */
final class HostProbesAndHostLifecycleCheck {

  static final Check CHECK = Check.baseline("hostProbesAndHostLifecycle",
      Check.since(34, HostProbesAndHostLifecycleCheck::v1Dot34));

  private HostProbesAndHostLifecycleCheck() {}

  static CheckResult v1Dot34(Pod pod) {
    var containers = new ArrayList<String>();
    var hosts = new ArrayList<String>();
    pod.visitContainers((c, path) -> {
      if (!c.probeHosts().isEmpty()) {
        containers.add(c.name());
        hosts.addAll(c.probeHosts());
      }
    });
    if (containers.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    // Both lists are sets here, sorted, unlike the other checks' container lists.
    List<String> names = PsaText.sortedSet(containers);
    List<String> forbidden = PsaText.sortedSet(hosts);
    return CheckResult.forbidden("probe or lifecycle host",
        pluralize("container", "containers", names.size()) + " " + joinQuote(names) + " "
            + pluralize("uses", "use", names.size()) + " "
            + pluralize("probe or lifecycle host", "probe or lifecycle hosts", forbidden.size()) + " "
            + joinQuote(forbidden),
        List.of());
  }
}
