package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

/** Baseline: {@code securityContext.privileged} must be unset or false, 1.0+. */
final class PrivilegedCheck {

  static final Check CHECK = Check.baseline("privileged", Check.since(0, PrivilegedCheck::v1Dot0));

  private PrivilegedCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new Violations();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc != null && Boolean.TRUE.equals(sc.privileged())) {
        bad.add(c.name(), FieldError.forbidden(path.child("securityContext", "privileged"), new BadValue.Flag(true)));
      }
    });
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("privileged",
        pluralize("container", "containers", bad.size()) + " " + joinQuote(bad.data())
            + " must not set securityContext.privileged=true",
        bad.errors());
  }
}
