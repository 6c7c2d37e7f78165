package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;
import java.util.List;

/** Baseline: {@code ports[*].hostPort} must be unset or 0, 1.0+. */
final class HostPortsCheck {

  static final Check CHECK = Check.baseline("hostPorts", Check.since(0, HostPortsCheck::v1Dot0));

  private HostPortsCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new Violations();
    var forbiddenPorts = new ArrayList<String>();
    pod.visitContainers((c, path) -> {
      var errors = new ArrayList<FieldError>();
      List<Integer> ports = c.hostPorts();
      for (int i = 0; i < ports.size(); i++) {
        int hostPort = ports.get(i);
        if (hostPort != 0) {
          forbiddenPorts.add(Integer.toString(hostPort));
          errors.add(FieldError.forbidden(path.child("ports").index(i).child("hostPort"), new BadValue.Number(hostPort)));
        }
      }
      if (!errors.isEmpty()) {
        bad.add(c.name(), errors);
      }
    });
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    List<String> ports = PsaText.sortedSet(forbiddenPorts);
    return CheckResult.forbidden("hostPort",
        pluralize("container", "containers", bad.size()) + " " + joinQuote(bad.data()) + " "
            + pluralize("uses", "use", bad.size()) + " " + pluralize("hostPort", "hostPorts", ports.size()) + " "
            + String.join(", ", ports),
        bad.errors());
  }
}
