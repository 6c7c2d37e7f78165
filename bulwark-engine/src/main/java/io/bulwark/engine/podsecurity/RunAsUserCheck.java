package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;

/**
 * Restricted: neither the pod nor a container may set {@code runAsUser: 0}, 1.23+. The
 * user-namespace relaxation is behind a switch Kyverno leaves off.
 */
final class RunAsUserCheck {

  static final Check CHECK = Check.restricted("runAsUser", Check.since(23, RunAsUserCheck::v1Dot23));

  private RunAsUserCheck() {}

  static CheckResult v1Dot23(Pod pod) {
    var badSetters = new Violations();
    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.runAsUser() != null && podContext.runAsUser() == 0) {
      badSetters.add("pod", FieldError.forbidden(GoPath.SPEC.child("securityContext", "runAsUser"), new BadValue.Number(0)));
    }
    var bad = new ArrayList<String>();
    var errors = new ArrayList<FieldError>();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc != null && sc.runAsUser() != null && sc.runAsUser() == 0) {
        bad.add(c.name());
        errors.add(FieldError.forbidden(path.child("securityContext", "runAsUser"), new BadValue.Number(0)));
      }
    });
    if (!bad.isEmpty()) {
      badSetters.add(pluralize("container", "containers", bad.size()) + " " + joinQuote(bad), errors);
    }
    if (badSetters.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("runAsUser=0",
        String.join(" and ", badSetters.data()) + " must not set runAsUser=0", badSetters.errors());
  }
}
