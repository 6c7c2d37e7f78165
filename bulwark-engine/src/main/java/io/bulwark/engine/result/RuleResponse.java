package io.bulwark.engine.result;

import io.bulwark.api.problem.FieldPath;
import java.util.Map;
import java.util.Optional;

/**
 * What happened when one rule met one resource. {@code type} is Kyverno's rule type name
 * (Validation, Mutation, Generation, ImageVerify); {@code failedAt} is where a pattern failed,
 * when it did; {@code properties} are extra report properties (e.g. Pod Security controls).
 */
public record RuleResponse(
    String name, String type, String message, RuleStatus status, Optional<FieldPath> failedAt,
    Map<String, String> properties) {

  public RuleResponse {
    properties = Map.copyOf(properties);
  }

  public static RuleResponse of(String name, String type, RuleStatus status, String message) {
    return new RuleResponse(name, type, message, status, Optional.empty(), Map.of());
  }

  public RuleResponse withStatus(RuleStatus newStatus) {
    return new RuleResponse(name, type, message, newStatus, failedAt, properties);
  }
}
