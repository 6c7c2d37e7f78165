package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import io.bulwark.engine.value.GoText;
import java.util.ArrayList;
import java.util.TreeSet;

/**
 * Restricted: the pod, or else every container, must set {@code seccompProfile.type} to {@code
 * RuntimeDefault} or {@code Localhost} (1.19+); from 1.25, Windows pods are exempt.
 */
final class SeccompProfileRestrictedCheck {

  static final Check CHECK = Check.restricted("seccompProfile_restricted",
      Check.since(19, SeccompProfileRestrictedCheck::v1Dot19),
      Check.since(25, SeccompProfileRestrictedCheck::v1Dot25));

  private SeccompProfileRestrictedCheck() {}

  static CheckResult v1Dot19(Pod pod) {
    var badSetters = new Violations();
    var badValues = new TreeSet<>(GoText.BYTE_ORDER);
    boolean podSeccompSet = false;
    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.seccompProfile() != null) {
      if (!SeccompProfileBaselineCheck.validType(podContext.seccompProfile())) {
        String type = podContext.seccompProfile().type();
        badSetters.add("pod", FieldError.forbidden(
            GoPath.SPEC.child("securityContext", "seccompProfile", "type"), new BadValue.Text(type)));
        badValues.add(type);
      } else {
        podSeccompSet = true;
      }
    }

    boolean podSet = podSeccompSet;
    var explicitlyBad = new ArrayList<String>();
    var explicitErrors = new ArrayList<FieldError>();
    var implicitlyBad = new Violations();
    pod.visitContainers((c, path) -> {
      GoPath field = path.child("securityContext", "seccompProfile", "type");
      var sc = c.securityContext();
      if (sc != null && sc.seccompProfile() != null) {
        if (!SeccompProfileBaselineCheck.validType(sc.seccompProfile())) {
          explicitlyBad.add(c.name());
          explicitErrors.add(FieldError.forbidden(field, new BadValue.Text(sc.seccompProfile().type())));
          badValues.add(sc.seccompProfile().type());
        }
      } else if (!podSet) {
        implicitlyBad.add(c.name(), FieldError.required(field));
      }
    });
    if (!explicitlyBad.isEmpty()) {
      badSetters.add(pluralize("container", "containers", explicitlyBad.size()) + " " + joinQuote(explicitlyBad),
          explicitErrors);
    }
    // An explicit bad value wins; the containers that rely on the pod are then not reported.
    if (!badSetters.isEmpty()) {
      return CheckResult.forbidden("seccompProfile",
          String.join(" and ", badSetters.data()) + " must not set securityContext.seccompProfile.type to "
              + joinQuote(new ArrayList<>(badValues)),
          badSetters.errors());
    }
    if (!implicitlyBad.isEmpty()) {
      return CheckResult.forbidden("seccompProfile",
          "pod or " + pluralize("container", "containers", implicitlyBad.size()) + " " + joinQuote(implicitlyBad.data())
              + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"",
          implicitlyBad.errors());
    }
    return CheckResult.ALLOWED;
  }

  static CheckResult v1Dot25(Pod pod) {
    return Windows.isWindows(pod) ? CheckResult.ALLOWED : v1Dot19(pod);
  }
}
