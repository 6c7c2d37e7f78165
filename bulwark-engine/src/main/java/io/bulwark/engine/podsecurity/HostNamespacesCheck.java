package io.bulwark.engine.podsecurity;

/** Baseline: {@code hostNetwork}, {@code hostPID} and {@code hostIPC} must be unset or false, 1.0+. */
final class HostNamespacesCheck {

  static final Check CHECK = Check.baseline("hostNamespaces", Check.since(0, HostNamespacesCheck::v1Dot0));

  private HostNamespacesCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var spec = pod.spec();
    var bad = new Violations();
    if (spec.hostNetwork()) {
      bad.add("hostNetwork=true", FieldError.forbidden(GoPath.SPEC.child("hostNetwork"), new BadValue.Flag(true)));
    }
    if (spec.hostPID()) {
      bad.add("hostPID=true", FieldError.forbidden(GoPath.SPEC.child("hostPID"), new BadValue.Flag(true)));
    }
    if (spec.hostIPC()) {
      bad.add("hostIPC=true", FieldError.forbidden(GoPath.SPEC.child("hostIPC"), new BadValue.Flag(true)));
    }
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("host namespaces", String.join(", ", bad.data()), bad.errors());
  }
}
