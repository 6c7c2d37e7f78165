package io.bulwark.engine.exception;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.PolicyException;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.match.RuleMatcher;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.validate.ConditionChecker;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.List;

/**
 * Which PolicyExceptions apply to a rule and a request, as Kyverno decides it: the exception names
 * the policy ({@code name}, or {@code namespace/name} for a Policy) and the rule (wildcards allowed;
 * autogen rules are named {@code autogen-<rule>}), its {@code match} selects the resource and its
 * {@code conditions}, if any, hold. An exception whose conditions cannot be evaluated does not
 * apply. Immutable and thread-safe.
 */
public final class ExceptionMatcher {

  private final List<PolicyException> exceptions;
  private final RuleMatcher matcher = new RuleMatcher();
  private final ConditionChecker conditions = new ConditionChecker();

  public ExceptionMatcher(List<PolicyException> exceptions) {
    this.exceptions = List.copyOf(exceptions);
  }

  public boolean isEmpty() {
    return exceptions.isEmpty();
  }

  public List<PolicyException> matching(KyvernoPolicy policy, String ruleName, ResourceRequest request,
      JsonContext context) {
    var matched = new ArrayList<PolicyException>();
    for (PolicyException exception : exceptions) {
      if (!names(exception, policy, ruleName) || !matcher.matches(exception.match(), request)) {
        continue;
      }
      if (exception.conditions() != null) {
        try {
          if (!conditions.check(exception.conditions(), context.child()).holds()) {
            continue;
          }
        } catch (RuntimeException e) {
          continue;
        }
      }
      matched.add(exception);
    }
    return matched;
  }

  private static boolean names(PolicyException exception, KyvernoPolicy policy, String ruleName) {
    for (PolicyException.Exception entry : exception.exceptions()) {
      if (!entry.policyName().equals(policy.qualifiedName()) && !entry.policyName().equals(policy.name())) {
        continue;
      }
      for (String pattern : entry.ruleNames()) {
        if (Wildcard.match(pattern, ruleName)) {
          return true;
        }
      }
    }
    return false;
  }
}
