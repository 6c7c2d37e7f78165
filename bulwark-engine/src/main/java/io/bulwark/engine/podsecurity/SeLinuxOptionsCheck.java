package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.podsecurity.PsaText.joinQuote;
import static io.bulwark.engine.podsecurity.PsaText.pluralize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Baseline: the SELinux type must be empty or one of the container types, and user and role must
 * be unset; 1.0+, with {@code container_engine_t} allowed from 1.31.
 */
final class SeLinuxOptionsCheck {

  private static final Set<String> TYPES_1_0 = Set.of("", "container_t", "container_init_t", "container_kvm_t");
  private static final Set<String> TYPES_1_31 =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  static final Check CHECK = Check.baseline("seLinuxOptions",
      Check.since(0, pod -> check(pod, TYPES_1_0)),
      Check.since(31, pod -> check(pod, TYPES_1_31)));

  private SeLinuxOptionsCheck() {}

  /** What one seLinuxOptions block got wrong. */
  private static final class Findings {
    final List<String> badTypes = new ArrayList<>();
    boolean setUser;
    boolean setRole;

    /** Adds the errors for {@code options} under {@code securityContext} at {@code base}; true when valid. */
    boolean inspect(Pod.SeLinux options, GoPath base, Set<String> allowedTypes, List<FieldError> errors) {
      boolean valid = true;
      GoPath at = base.child("securityContext", "seLinuxOptions");
      if (!allowedTypes.contains(options.type())) {
        valid = false;
        badTypes.add(options.type());
        errors.add(FieldError.forbidden(at.child("type"), new BadValue.Text(options.type())));
      }
      if (!options.user().isEmpty()) {
        valid = false;
        setUser = true;
        errors.add(FieldError.forbidden(at.child("user"), new BadValue.Text(options.user())));
      }
      if (!options.role().isEmpty()) {
        valid = false;
        setRole = true;
        errors.add(FieldError.forbidden(at.child("role"), new BadValue.Text(options.role())));
      }
      return valid;
    }
  }

  static CheckResult check(Pod pod, Set<String> allowedTypes) {
    var findings = new Findings();
    var badSetters = new Violations();

    var podContext = pod.spec().securityContext();
    if (podContext != null && podContext.seLinuxOptions() != null) {
      var podErrors = new ArrayList<FieldError>();
      if (!findings.inspect(podContext.seLinuxOptions(), GoPath.SPEC, allowedTypes, podErrors)) {
        badSetters.add("pod", podErrors);
      }
    }

    var badContainers = new ArrayList<String>();
    var containerErrors = new ArrayList<FieldError>();
    pod.visitContainers((c, path) -> {
      var sc = c.securityContext();
      if (sc != null && sc.seLinuxOptions() != null
          && !findings.inspect(sc.seLinuxOptions(), path, allowedTypes, containerErrors)) {
        badContainers.add(c.name());
      }
    });
    if (!badContainers.isEmpty()) {
      badSetters.add(pluralize("container", "containers", badContainers.size()) + " " + joinQuote(badContainers),
          containerErrors);
    }

    if (badSetters.isEmpty()) {
      return CheckResult.ALLOWED;
    }
    var badData = new ArrayList<String>();
    List<String> types = PsaText.sortedSet(findings.badTypes);
    if (!types.isEmpty()) {
      badData.add(pluralize("type", "types", types.size()) + " " + joinQuote(types));
    }
    if (findings.setUser) {
      badData.add("user may not be set");
    }
    if (findings.setRole) {
      badData.add("role may not be set");
    }
    return CheckResult.forbidden("seLinuxOptions",
        String.join(" and ", badSetters.data()) + " set forbidden securityContext.seLinuxOptions: "
            + String.join("; ", badData),
        badSetters.errors());
  }
}
