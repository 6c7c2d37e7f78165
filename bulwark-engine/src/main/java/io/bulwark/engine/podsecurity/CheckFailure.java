package io.bulwark.engine.podsecurity;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One pod-security check the pod failed, after exclusions: Kyverno's {@code PSSCheckResult}.
 *
 * @param checkId the library's check ID, e.g. {@code capabilities_baseline}
 * @param controlName the Pod Security Standards control the check belongs to, e.g. {@code
 *     Capabilities}; empty when Kyverno has no name for the check
 * @param forbiddenReason short reason, e.g. {@code non-default capabilities}
 * @param forbiddenDetail the library's sentence, e.g. {@code container "app" must not include "SYS_ADMIN" in
 *     securityContext.capabilities.add}
 * @param fieldErrors the fields at fault, in Kyverno's order
 * @param images image references of the containers the detail names, for report properties;
 *     empty when the detail names no container
 */
public record CheckFailure(
    String checkId,
    String controlName,
    String forbiddenReason,
    String forbiddenDetail,
    List<FieldError> fieldErrors,
    List<String> images) {

  public CheckFailure {
    requireNonNull(checkId, "checkId");
    requireNonNull(controlName, "controlName");
    requireNonNull(forbiddenReason, "forbiddenReason");
    requireNonNull(forbiddenDetail, "forbiddenDetail");
    fieldErrors = List.copyOf(fieldErrors);
    images = List.copyOf(images);
  }

  /** {@code (Forbidden reason: R, field error list: [E1, E2])}, as in Kyverno's failure message. */
  public String render() {
    var out = new StringBuilder("(Forbidden reason: ").append(forbiddenReason).append(", field error list: [");
    for (int i = 0; i < fieldErrors.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(fieldErrors.get(i).render());
    }
    return out.append("])").toString();
  }
}
