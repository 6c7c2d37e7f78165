package io.bulwark.engine.mutate;

import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.RuleStatus;
import tools.jackson.databind.JsonNode;

/**
 * What one patch, one foreach, or one whole mutate block did to one object: {@code PASS} with the
 * changed object, {@code SKIP} with the object unchanged, or {@code ERROR} with Kyverno's message
 * (and no object: the caller keeps what it had).
 */
record Step(RuleStatus status, JsonNode resource, String message) {

  static Step changed(JsonNode resource) {
    return new Step(RuleStatus.PASS, resource, "");
  }

  static Step unchanged(JsonNode resource, String message) {
    return new Step(RuleStatus.SKIP, resource, message);
  }

  static Step unchanged(JsonNode resource) {
    return unchanged(resource, KyvernoMessages.NO_PATCHES_APPLIED);
  }

  /** Kyverno's error response: {@code STAGE: CAUSE}, or the stage alone when there is no cause. */
  static Step error(String stage, String cause) {
    return new Step(RuleStatus.ERROR, null, cause == null ? stage : KyvernoMessages.ruleError(stage, cause));
  }

  boolean isError() {
    return status == RuleStatus.ERROR;
  }
}
