/**
 * Outcomes as values: {@link io.bulwark.engine.result.RuleResponse} per rule, {@link
 * io.bulwark.engine.result.PolicyResponse} per policy and resource, and {@link
 * io.bulwark.engine.result.KyvernoMessages}, the one place where Kyverno-compatible text is made.
 */
package io.bulwark.engine.result;
