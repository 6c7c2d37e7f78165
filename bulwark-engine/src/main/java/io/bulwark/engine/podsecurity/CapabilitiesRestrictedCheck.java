package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;
import java.util.List;

/**
 * Restricted: containers must drop {@code ALL} and may add only {@code NET_BIND_SERVICE} (1.22+);
 * from 1.25, Windows pods are exempt.
 */
final class CapabilitiesRestrictedCheck {

  static final Check CHECK = Check.restricted("capabilities_restricted",
      Check.since(22, CapabilitiesRestrictedCheck::v1Dot22),
      Check.since(25, CapabilitiesRestrictedCheck::v1Dot25));

  private CapabilitiesRestrictedCheck() {}

  static CheckResult v1Dot22(Pod pod) {
    var forbiddenCapabilities = new ArrayList<String>();
    var missingDropAll = new Violations();
    var addingForbidden = new Violations();
    pod.visitContainers((c, path) -> {
      GoPath drop = path.child("securityContext", "capabilities", "drop");
      var sc = c.securityContext();
      if (sc == null || sc.capabilities() == null) {
        missingDropAll.add(c.name(), FieldError.required(drop));
        return;
      }
      List<String> dropped = sc.capabilities().drop();
      if (!dropped.contains("ALL")) {
        missingDropAll.add(c.name(), dropped.isEmpty()
            ? FieldError.required(drop)
            : FieldError.forbidden(drop, new BadValue.Names(PsaText.sortedSet(dropped))));
      }
      List<String> added = sc.capabilities().add().stream().filter(cap -> !cap.equals("NET_BIND_SERVICE")).toList();
      if (!added.isEmpty()) {
        forbiddenCapabilities.addAll(added);
        addingForbidden.add(c.name(), FieldError.forbidden(path.child("securityContext", "capabilities", "add"),
            new BadValue.Names(PsaText.sortedSet(added))));
      }
    });

    var details = new ArrayList<String>();
    if (!missingDropAll.isEmpty()) {
      details.add(pluralize("container", "containers", missingDropAll.size()) + " " + joinQuote(missingDropAll.data())
          + " must set securityContext.capabilities.drop=[\"ALL\"]");
    }
    if (!addingForbidden.isEmpty()) {
      details.add(pluralize("container", "containers", addingForbidden.size()) + " " + joinQuote(addingForbidden.data())
          + " must not include " + joinQuote(PsaText.sortedSet(forbiddenCapabilities))
          + " in securityContext.capabilities.add");
    }
    if (details.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    var errors = new ArrayList<>(missingDropAll.errors());
    errors.addAll(addingForbidden.errors());
    return CheckResult.forbidden("unrestricted capabilities", String.join("; ", details), errors);
  }

  static CheckResult v1Dot25(Pod pod) {
    return Windows.isWindows(pod) ? CheckResult.ALLOWED : v1Dot22(pod);
  }
}
