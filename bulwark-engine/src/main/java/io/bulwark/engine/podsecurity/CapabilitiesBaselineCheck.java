package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Baseline: {@code capabilities.add} may only hold the default capabilities, 1.0+. */
final class CapabilitiesBaselineCheck {

  static final Check CHECK =
      Check.baseline("capabilities_baseline", Check.since(0, CapabilitiesBaselineCheck::v1Dot0));

  private static final Set<String> ALLOWED = Set.of(
      "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
      "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  private CapabilitiesBaselineCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new Violations();
    var nonDefault = new ArrayList<String>();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc == null || sc.capabilities() == null) {
        return;
      }
      List<String> forbidden = sc.capabilities().add().stream().filter(cap -> !ALLOWED.contains(cap)).toList();
      if (!forbidden.isEmpty()) {
        nonDefault.addAll(forbidden);
        bad.add(c.name(), FieldError.forbidden(path.child("securityContext", "capabilities", "add"),
            new BadValue.Names(PsaText.sortedSet(forbidden))));
      }
    });
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("non-default capabilities",
        pluralize("container", "containers", bad.size()) + " " + joinQuote(bad.data()) + " must not include "
            + joinQuote(PsaText.sortedSet(nonDefault)) + " in securityContext.capabilities.add",
        bad.errors());
  }
}
