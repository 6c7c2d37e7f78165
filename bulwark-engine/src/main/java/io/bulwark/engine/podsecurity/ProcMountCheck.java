package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;

/**
 * Baseline: {@code securityContext.procMount} must be unset or {@code Default}, 1.0+. The library's
 * relaxation for user-namespace pods ({@code hostUsers: false}) is behind a switch Kyverno leaves off.
 */
final class ProcMountCheck {

  static final Check CHECK = Check.baseline("procMount", Check.since(0, ProcMountCheck::v1Dot0));

  private ProcMountCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new Violations();
    var types = new ArrayList<String>();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc == null || sc.procMount() == null || sc.procMount().equals("Default")) {
        return;
      }
      bad.add(c.name(), FieldError.forbidden(path.child("securityContext", "procMount"), new BadValue.Text(sc.procMount())));
      types.add(sc.procMount());
    });
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("procMount",
        pluralize("container", "containers", bad.size()) + " " + joinQuote(bad.data())
            + " must not set securityContext.procMount to " + joinQuote(PsaText.sortedSet(types)),
        bad.errors());
  }
}
