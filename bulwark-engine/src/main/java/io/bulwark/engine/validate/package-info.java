/**
 * Evaluation of matched validate rules: {@link io.bulwark.engine.validate.ValidationHandler}. Uses
 * the pattern package; produces {@link io.bulwark.engine.result.RuleResponse} values, never throws
 * for a rule.
 */
package io.bulwark.engine.validate;
