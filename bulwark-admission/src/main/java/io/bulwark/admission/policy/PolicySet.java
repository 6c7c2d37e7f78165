package io.bulwark.admission.policy;

import io.bulwark.admission.AdmissionMode;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * One immutable snapshot of the policies a webhook serves. {@link #validating()} lists, in load
 * order, the policies the validating webhook considers: those with {@code admission: true} and at
 * least one validate rule, each with its {@link AdmissionMode} computed once. Thread-safe.
 */
public final class PolicySet {

  /** A validate policy and how it takes part in admission. */
  public record Validating(KyvernoPolicy policy, AdmissionMode mode) {}

  private static final PolicySet EMPTY = new PolicySet(List.of());

  private final List<KyvernoPolicy> policies;
  private final List<Validating> validating;

  private PolicySet(List<KyvernoPolicy> policies) {
    this.policies = List.copyOf(policies);
    var list = new ArrayList<Validating>();
    for (KyvernoPolicy policy : this.policies) {
      if (policy.spec().admission() && policy.spec().rules().stream().anyMatch(Rule::isValidate)) {
        list.add(new Validating(policy, AdmissionMode.of(policy)));
      }
    }
    this.validating = List.copyOf(list);
  }

  public static PolicySet of(List<KyvernoPolicy> policies) {
    return policies.isEmpty() ? EMPTY : new PolicySet(policies);
  }

  public static PolicySet empty() {
    return EMPTY;
  }

  public List<KyvernoPolicy> all() {
    return policies;
  }

  public List<Validating> validating() {
    return validating;
  }

  public int size() {
    return policies.size();
  }

  /** The policies' names ({@code ns/name} for a namespaced Policy), in order. */
  public List<String> names() {
    return policies.stream().map(KyvernoPolicy::qualifiedName).toList();
  }
}
