/**
 * The typed model of kyverno.io ClusterPolicy and Policy: {@link io.bulwark.api.policy.KyvernoPolicy},
 * {@link io.bulwark.api.policy.Rule} with exactly one {@link io.bulwark.api.policy.RuleAction},
 * match/exclude blocks. Patterns, conditions and resources stay Jackson trees. Records only: no
 * behaviour beyond accessors and Kyverno's defaults; depends on Jackson and the problem package.
 */
package io.bulwark.api.policy;
