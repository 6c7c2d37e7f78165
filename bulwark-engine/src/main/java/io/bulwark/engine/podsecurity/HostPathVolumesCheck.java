package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

/** Baseline: no {@code hostPath} volumes, 1.0+. The field error carries the host path. */
final class HostPathVolumesCheck {

  static final Check CHECK = Check.baseline("hostPathVolumes", Check.since(0, HostPathVolumesCheck::v1Dot0));

  private HostPathVolumesCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new Violations();
    var volumes = pod.spec().volumes();
    for (int i = 0; i < volumes.size(); i++) {
      var volume = volumes.get(i);
      if (volume.sources().contains("hostPath")) {
        bad.add(volume.name(), FieldError.forbidden(
            GoPath.SPEC.child("volumes").index(i).child("hostPath"), new BadValue.Text(volume.hostPathPath())));
      }
    }
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("hostPath volumes",
        pluralize("volume", "volumes", bad.size()) + " " + joinQuote(bad.data()), bad.errors());
  }
}
