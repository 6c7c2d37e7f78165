package io.bulwark.engine.validate;

import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.policy.Rule;
import io.bulwark.api.policy.Validation;
import io.bulwark.engine.podsecurity.Exclusion;
import io.bulwark.engine.podsecurity.PodSecurity;
import io.bulwark.engine.podsecurity.PodSecurityException;
import io.bulwark.engine.podsecurity.PodSecurityResult;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code validate.podSecurity}: the Pod Security Standards level and version the rule names, with
 * its exclusions, evaluated on the Pod or the Pod template of a controller. A failure carries the
 * report properties Kyverno adds (standard, version, controls).
 */
final class PodSecurityCheck implements ValidationHandler.RuleCheck {

  @Override
  public RuleResponse check(Rule rule, Validation validation, ResourceRequest request) {
    return check(rule, validation, request, List.of());
  }

  /**
   * With PolicyExceptions that exempt the rule, all carrying {@code podSecurity} entries (Kyverno's
   * validatePssHandler): the Pod is first checked with the rule's own exclusions; if it violates
   * the level, the exceptions' entries are added, and when nothing is left the rule is skipped,
   * naming the exceptions. What remains otherwise is the failure.
   */
  RuleResponse check(Rule rule, Validation validation, ResourceRequest request, List<PolicyException> exceptions) {
    JsonNode spec = validation.podSecurity();
    String level = spec.path("level").asString("");
    String version = spec.path("version").asString("latest");
    List<Exclusion> excludes = new ArrayList<>();
    spec.path("exclude").forEach(exclude -> excludes.add(exclusion(exclude)));
    PodSecurityResult result;
    try {
      result = PodSecurity.evaluate(request.subject(), level, version, excludes);
      if (!result.allowed() && !exceptions.isEmpty()) {
        exceptions.forEach(exception -> exception.podSecurity().forEach(entry -> excludes.add(exclusion(entry))));
        PodSecurityResult exempted = PodSecurity.evaluate(request.subject(), level, version, excludes);
        if (exempted.allowed()) {
          return ValidationHandler.exempted(rule, "rule is skipped due to policy exceptions ", exceptions);
        }
        result = exempted;
      }
    } catch (PodSecurityException e) {
      return RuleResponse.of(rule.name(), ValidationHandler.TYPE, RuleStatus.ERROR, e.getMessage());
    }
    if (result.allowed()) {
      return RuleResponse.of(rule.name(), ValidationHandler.TYPE, RuleStatus.PASS, result.message(rule.name()));
    }
    var properties = new LinkedHashMap<String, String>();
    properties.put("standard", level);
    properties.put("version", version);
    properties.put("controls", result.controls());
    return new RuleResponse(rule.name(), ValidationHandler.TYPE, result.message(rule.name()), RuleStatus.FAIL,
        Optional.empty(), properties);
  }

  private static Exclusion exclusion(JsonNode entry) {
    return new Exclusion(entry.path("controlName").asString(""), strings(entry.path("images")),
        entry.path("restrictedField").asString(""), strings(entry.path("values")));
  }

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(item -> out.add(item.asString("")));
    return out;
  }
}
