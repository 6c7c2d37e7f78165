package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;

/**
 * Restricted: {@code runAsNonRoot} must be true on the pod, or on every container, and never false,
 * 1.0+. The user-namespace relaxation is behind a switch Kyverno leaves off.
 */
final class RunAsNonRootCheck {

  static final Check CHECK = Check.restricted("runAsNonRoot", Check.since(0, RunAsNonRootCheck::v1Dot0));

  private RunAsNonRootCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var badSetters = new Violations();
    boolean podRunAsNonRoot = false;
    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.runAsNonRoot() != null) {
      if (!podContext.runAsNonRoot()) {
        badSetters.add("pod",
            FieldError.forbidden(GoPath.SPEC.child("securityContext", "runAsNonRoot"), new BadValue.Flag(false)));
      } else {
        podRunAsNonRoot = true;
      }
    }

    boolean podSet = podRunAsNonRoot;
    var explicitlyBad = new Violations();
    var explicitErrors = new ArrayList<FieldError>();
    var implicitlyBad = new Violations();
    pod.visitContainers((c, path) -> {
      GoPath field = path.child("securityContext", "runAsNonRoot");
      var sc = c.securityContext();
      if (sc != null && sc.runAsNonRoot() != null) {
        if (!sc.runAsNonRoot()) {
          explicitlyBad.add(c.name());
          explicitErrors.add(FieldError.forbidden(field, new BadValue.Flag(false)));
        }
      } else if (!podSet) {
        implicitlyBad.add(c.name(), FieldError.required(field));
      }
    });
    if (!explicitlyBad.isEmpty()) {
      badSetters.add(pluralize("container", "containers", explicitlyBad.size()) + " " + joinQuote(explicitlyBad.data()),
          explicitErrors);
    }

    var details = new ArrayList<String>();
    var errors = new ArrayList<FieldError>();
    if (!badSetters.isEmpty()) {
      details.add(String.join(" and ", badSetters.data()) + " must not set securityContext.runAsNonRoot=false");
      errors.addAll(badSetters.errors());
    }
    if (!implicitlyBad.isEmpty()) {
      details.add("pod or " + pluralize("container", "containers", implicitlyBad.size()) + " "
          + joinQuote(implicitlyBad.data()) + " must set securityContext.runAsNonRoot=true");
      errors.addAll(implicitlyBad.errors());
    }
    if (details.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    // Kyverno's fork of the library joins the two sentences with a newline.
    return CheckResult.forbidden("runAsNonRoot != true", String.join("\n", details), errors);
  }
}
