/**
 * Kyverno's {@code {{ }}} variable and {@code $(...)} reference substitution over JSON trees
 * ({@link io.bulwark.engine.variables.Variables}). Resolves against a {@link
 * io.bulwark.engine.context.JsonContext}; never changes its input.
 */
package io.bulwark.engine.variables;
