package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

/**
 * Restricted: containers must set {@code securityContext.allowPrivilegeEscalation=false} (1.8+);
 * from 1.25, pods with {@code spec.os.name: windows} are exempt.
 */
final class AllowPrivilegeEscalationCheck {

  static final Check CHECK = Check.restricted("allowPrivilegeEscalation",
      Check.since(8, AllowPrivilegeEscalationCheck::v1Dot8),
      Check.since(25, AllowPrivilegeEscalationCheck::v1Dot25));

  private AllowPrivilegeEscalationCheck() {}

  static CheckResult v1Dot8(Pod pod) {
    var bad = new Violations();
    pod.visitContainers((c, path) -> {
      GoPath field = path.child("securityContext", "allowPrivilegeEscalation");
      var sc = c.securityContext();
      if (sc == null) {
        bad.add(c.name(), FieldError.required(field));
      } else if (sc.allowPrivilegeEscalation() == null) {
        // The library reports the unset field as the string "nil".
        bad.add(c.name(), FieldError.forbidden(field, new BadValue.Text("nil")));
      } else if (sc.allowPrivilegeEscalation()) {
        bad.add(c.name(), FieldError.forbidden(field, new BadValue.Flag(true)));
      }
    });
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("allowPrivilegeEscalation != false",
        pluralize("container", "containers", bad.size()) + " " + joinQuote(bad.data())
            + " must set securityContext.allowPrivilegeEscalation=false",
        bad.errors());
  }

  static CheckResult v1Dot25(Pod pod) {
    return Windows.isWindows(pod) ? CheckResult.ALLOWED : v1Dot8(pod);
  }
}
