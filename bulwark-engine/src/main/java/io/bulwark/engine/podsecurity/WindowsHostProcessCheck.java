package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;

/** Baseline: neither the pod nor a container may set {@code windowsOptions.hostProcess: true}, 1.0+. */
final class WindowsHostProcessCheck {

  static final Check CHECK = Check.baseline("windowsHostProcess", Check.since(0, WindowsHostProcessCheck::v1Dot0));

  private WindowsHostProcessCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new ArrayList<String>();
    var errors = new ArrayList<FieldError>();
    pod.visitContainers((c, path) -> {
      if (c.securityContext() != null && c.securityContext().hostProcess()) {
        bad.add(c.name());
        errors.add(FieldError.forbidden(path.child("securityContext", "windowsOptions", "hostProcess"),
            new BadValue.Flag(true)));
      }
    });
    var setters = new Violations();
    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.hostProcess()) {
      setters.add("pod", FieldError.forbidden(
          GoPath.SPEC.child("securityContext", "windowsOptions", "hostProcess"), new BadValue.Flag(true)));
    }
    if (!bad.isEmpty()) {
      setters.add(pluralize("container", "containers", bad.size()) + " " + joinQuote(bad), errors);
    }
    if (setters.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("hostProcess",
        String.join(" and ", setters.data()) + " must not set securityContext.windowsOptions.hostProcess=true",
        setters.errors());
  }
}
