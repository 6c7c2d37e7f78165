package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Restricted: volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, image,
 * persistentVolumeClaim, projected or secret, 1.0+. A volume with none of the known sources is
 * reported as type {@code unknown}.
 */
final class RestrictedVolumesCheck {

  static final Check CHECK = Check.restricted("restrictedVolumes", Check.since(0, RestrictedVolumesCheck::v1Dot0));

  private static final Set<String> ALLOWED = Set.of(
      "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected",
      "secret");

  /** The restricted types in the order the library tests them, which decides a volume with several sources. */
  private static final List<String> RESTRICTED = List.of(
      "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd",
      "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
      "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos");

  private RestrictedVolumesCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var bad = new Violations();
    var badTypes = new ArrayList<String>();
    var volumes = pod.spec().volumes();
    for (int i = 0; i < volumes.size(); i++) {
      var volume = volumes.get(i);
      if (volume.sources().stream().anyMatch(ALLOWED::contains)) {
        continue;
      }
      String type = RESTRICTED.stream().filter(volume.sources()::contains).findFirst().orElse("unknown");
      badTypes.add(type);
      bad.add(volume.name(), FieldError.forbidden(GoPath.SPEC.child("volumes").index(i).child(type)));
    }
    if (bad.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    List<String> types = PsaText.sortedSet(badTypes);
    return CheckResult.forbidden("restricted volume types",
        pluralize("volume", "volumes", bad.size()) + " " + joinQuote(bad.data()) + " "
            + pluralize("uses", "use", bad.size()) + " "
            + pluralize("restricted volume type", "restricted volume types", types.size()) + " " + joinQuote(types),
        bad.errors());
  }
}
