package io.bulwark.admission.policy;

import io.bulwark.admission.AdmissionMode;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * One immutable snapshot of the policies a webhook serves. {@link #validating()} lists, in load
 * order, the policies the validating webhook considers: those with {@code admission: true} and at
 * least one validate rule, each with its {@link AdmissionMode} computed once. {@link #mutating()}
 * lists the policies with {@code admission: true} and at least one mutate rule, in the order the
 * mutating webhook chains them. Thread-safe.
 */
public final class PolicySet {

  /** A validate policy and how it takes part in admission. */
  public record Validating(KyvernoPolicy policy, AdmissionMode mode) {}

  private static final PolicySet EMPTY = new PolicySet(List.of());

  private final List<KyvernoPolicy> policies;
  private final List<Validating> validating;
  private final List<KyvernoPolicy> mutating;

  private PolicySet(List<KyvernoPolicy> policies) {
    this.policies = List.copyOf(policies);
    var list = new ArrayList<Validating>();
    for (KyvernoPolicy policy : this.policies) {
      if (policy.spec().admission() && policy.spec().rules().stream().anyMatch(Rule::isValidate)) {
        list.add(new Validating(policy, AdmissionMode.of(policy)));
      }
    }
    this.validating = List.copyOf(list);
    // Kyverno's policy cache hands the webhook cluster-wide policies first, then those of the
    // request's namespace, each set in map order; here each set keeps its load order.
    var clusterWide = new ArrayList<KyvernoPolicy>();
    var namespaced = new ArrayList<KyvernoPolicy>();
    for (KyvernoPolicy policy : this.policies) {
      if (policy.spec().admission() && policy.spec().rules().stream().anyMatch(r -> r.action() instanceof Mutation)) {
        (policy.isNamespaced() ? namespaced : clusterWide).add(policy);
      }
    }
    clusterWide.addAll(namespaced);
    this.mutating = List.copyOf(clusterWide);
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

  /**
   * The policies with mutate rules, in the order the mutating webhook applies them, each to the
   * result of the one before: ClusterPolicies, then namespaced Policies, each in load order.
   */
  public List<KyvernoPolicy> mutating() {
    return mutating;
  }

  public int size() {
    return policies.size();
  }

  /** The policies' names ({@code ns/name} for a namespaced Policy), in order. */
  public List<String> names() {
    return policies.stream().map(KyvernoPolicy::qualifiedName).toList();
  }
}
