package io.bulwark.api.policy;

/** What a rule does; the loader guarantees exactly one per rule. */
public sealed interface RuleAction permits Validation, Mutation, Generation, VerifyImages {

  /** The rule type as Kyverno names it in reports and metrics: Validation, Mutation, Generation, ImageVerify. */
  String typeName();
}
