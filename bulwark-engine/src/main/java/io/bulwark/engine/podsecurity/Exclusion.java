package io.bulwark.engine.podsecurity;

import java.util.List;

/**
 * One entry of {@code validate.podSecurity.exclude[]} (or of a PolicyException's {@code
 * podSecurity[]}), Kyverno's {@code PodSecurityStandard}.
 *
 * @param controlName the control, by its Pod Security Standards name ({@code Capabilities}, {@code
 *     Host Namespaces}, ...); see {@link Controls}
 * @param images image patterns ({@code *} and {@code ?} wildcards); empty makes it a pod-level exclusion
 * @param restrictedField the field to exempt, with {@code [*]} for list positions; empty exempts every
 *     field of the control
 * @param values value patterns; empty exempts any value
 */
public record Exclusion(String controlName, List<String> images, String restrictedField, List<String> values) {

  public Exclusion {
    controlName = controlName == null ? "" : controlName;
    images = images == null ? List.of() : List.copyOf(images);
    restrictedField = restrictedField == null ? "" : restrictedField;
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** A whole control, for every container and the pod itself. */
  public static Exclusion control(String controlName) {
    return new Exclusion(controlName, List.of(), "", List.of());
  }

  /** A whole control, for containers whose image matches one of {@code images}. */
  public static Exclusion control(String controlName, List<String> images) {
    return new Exclusion(controlName, images, "", List.of());
  }
}
