package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import io.bulwark.engine.value.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Baseline: AppArmor may only be {@code RuntimeDefault} or {@code Localhost} (fields), or {@code
 * runtime/default}, {@code localhost/*} or empty (the beta annotations), 1.0+.
 */
final class AppArmorProfileCheck {

  static final Check CHECK = Check.baseline("appArmorProfile", Check.since(0, AppArmorProfileCheck::v1Dot0));

  private static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  private AppArmorProfileCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    var badSetters = new Violations();
    var badValues = new TreeSet<>(GoText.BYTE_ORDER);

    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.appArmorProfile() != null && !allowedType(podContext.appArmorProfile())) {
      String type = podContext.appArmorProfile().type();
      badSetters.add("pod", FieldError.forbidden(
          GoPath.SPEC.child("securityContext", "appArmorProfile", "type"), new BadValue.Text(type)));
      badValues.add(type);
    }

    var badContainers = new Violations();
    var containerErrors = new ArrayList<FieldError>();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc != null && sc.appArmorProfile() != null && !allowedType(sc.appArmorProfile())) {
        String type = sc.appArmorProfile().type();
        badContainers.add(c.name());
        containerErrors.add(FieldError.forbidden(
            path.child("securityContext", "appArmorProfile", "type"), new BadValue.Text(type)));
        badValues.add(type);
      }
    });
    if (!badContainers.isEmpty()) {
      badSetters.add(pluralize("container", "containers", badContainers.size()) + " " + joinQuote(badContainers.data()),
          containerErrors);
    }

    // Go ranges over the annotation map in random order; Bulwark goes by key so the errors are stable.
    var annotations = new Violations();
    pod.annotations().keySet().stream().sorted(GoText.BYTE_ORDER).forEach(key -> {
      String value = pod.annotations().get(key);
      if (key.startsWith(ANNOTATION_PREFIX) && !allowedAnnotationValue(value)) {
        annotations.add(key + "=" + GoText.quote(value),
            FieldError.forbidden(GoPath.ANNOTATIONS.key(key), new BadValue.Text(value)));
      }
    });

    List<String> badValueList = new ArrayList<>(badValues);
    if (!annotations.isEmpty()) {
      List<String> forbidden = new ArrayList<>(annotations.data());
      forbidden.sort(GoText.BYTE_ORDER);
      badValueList.addAll(forbidden);
      badSetters.add(pluralize("annotation", "annotations", forbidden.size()), annotations.errors());
    }

    if (badSetters.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden(
        pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", badValueList.size()),
        String.join(" and ", badSetters.data()) + " must not set AppArmor profile type to " + joinQuote(badValueList),
        badSetters.errors());
  }

  private static boolean allowedType(Pod.Profile profile) {
    return profile.type().equals("RuntimeDefault") || profile.type().equals("Localhost");
  }

  private static boolean allowedAnnotationValue(String value) {
    return value.isEmpty() || value.equals("runtime/default") || value.startsWith("localhost/");
  }
}
