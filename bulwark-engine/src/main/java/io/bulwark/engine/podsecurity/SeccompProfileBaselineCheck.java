package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import io.bulwark.engine.value.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Baseline: seccomp may only be {@code RuntimeDefault} or {@code Localhost}. Versions 1.0 to 1.18
 * read the alpha annotations ({@code runtime/default}, {@code docker/default}, {@code localhost/*});
 * 1.19+ read the {@code seccompProfile} fields.
 */
final class SeccompProfileBaselineCheck {

  static final Check CHECK = Check.baseline("seccompProfile_baseline",
      Check.since(0, SeccompProfileBaselineCheck::v1Dot0),
      Check.since(19, SeccompProfileBaselineCheck::v1Dot19));

  private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

  private SeccompProfileBaselineCheck() {}

  static CheckResult v1Dot0(Pod pod) {
    // Keyed by the "key=value" text; Go ranges over this map in random order, Bulwark in sorted order.
    Map<String, List<FieldError>> byValue = new TreeMap<>(GoText.BYTE_ORDER);
    inspectAnnotation(pod, POD_ANNOTATION, byValue);
    pod.visitContainers((c, path) -> inspectAnnotation(pod, CONTAINER_ANNOTATION_PREFIX + c.name(), byValue));
    if (byValue.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    var badSetters = new Violations();
    byValue.forEach(badSetters::add);
    List<String> forbidden = new ArrayList<>(badSetters.data());
    forbidden.sort(GoText.BYTE_ORDER);
    return CheckResult.forbidden("seccompProfile",
        "forbidden " + pluralize("annotation", "annotations", forbidden.size()) + " " + String.join(", ", forbidden),
        badSetters.errors());
  }

  private static void inspectAnnotation(Pod pod, String key, Map<String, List<FieldError>> byValue) {
    String value = pod.annotations().get(key);
    if (value != null && !validAnnotation(value)) {
      byValue.computeIfAbsent(key + "=" + GoText.quote(value), k -> new ArrayList<>())
          .add(FieldError.forbidden(GoPath.ANNOTATIONS.key(key), new BadValue.Text(value)));
    }
  }

  private static boolean validAnnotation(String value) {
    return value.equals("runtime/default") || value.equals("docker/default") || value.startsWith("localhost/");
  }

  static boolean validType(Pod.Profile profile) {
    return profile.type().equals("Localhost") || profile.type().equals("RuntimeDefault");
  }

  static CheckResult v1Dot19(Pod pod) {
    var badSetters = new Violations();
    var badValues = new TreeSet<>(GoText.BYTE_ORDER);
    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.seccompProfile() != null && !validType(podContext.seccompProfile())) {
      String type = podContext.seccompProfile().type();
      badSetters.add("pod", FieldError.forbidden(
          GoPath.SPEC.child("securityContext", "seccompProfile", "type"), new BadValue.Text(type)));
      badValues.add(type);
    }
    var bad = new ArrayList<String>();
    var errors = new ArrayList<FieldError>();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc != null && sc.seccompProfile() != null && !validType(sc.seccompProfile())) {
        bad.add(c.name());
        errors.add(FieldError.forbidden(
            path.child("securityContext", "seccompProfile", "type"), new BadValue.Text(sc.seccompProfile().type())));
        badValues.add(sc.seccompProfile().type());
      }
    });
    if (!bad.isEmpty()) {
      badSetters.add(pluralize("container", "containers", bad.size()) + " " + joinQuote(bad), errors);
    }
    if (badSetters.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    return CheckResult.forbidden("seccompProfile",
        String.join(" and ", badSetters.data()) + " must not set securityContext.seccompProfile.type to "
            + joinQuote(new ArrayList<>(badValues)),
        badSetters.errors());
  }
}
