/**
 * Kyverno's condition operators and the {@code any}/{@code all} blocks of preconditions, deny
 * conditions and exception conditions ({@code pkg/engine/variables/operator}, {@code
 * pkg/engine/variables/evaluate.go}). {@link io.bulwark.engine.conditions.ConditionOperator}
 * compares one key with one value; {@link io.bulwark.engine.conditions.Conditions} evaluates blocks
 * and collects their messages.
 *
 * <p>Values are Jackson trees seen as Go sees decoded policy JSON: integers that fit in 64 bits are
 * {@code int64}, every other number is {@code float64} (Kyverno's JMESPath results are always
 * {@code float64}, so a substitution layer should hand them over as floating-point nodes). Depends
 * on {@code io.bulwark.engine.pattern} (Go value helpers and range patterns), {@code
 * io.bulwark.engine.value} and {@code io.bulwark.engine.wildcard}; it must not know about policies,
 * rules, variables or reports.
 */
package io.bulwark.engine.conditions;
