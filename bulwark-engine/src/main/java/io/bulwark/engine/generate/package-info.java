/**
 * Generate rules ({@link io.bulwark.engine.generate.GenerationHandler}): whether a rule applies to
 * a trigger (Kyverno's background checks: pass, skip, fail when only the old object matched, error)
 * and, for rules that pass, the downstream resources to create, update or delete, labelled as
 * Kyverno labels them. Sources to clone and existing downstream resources are read through the
 * {@link io.bulwark.engine.context.ContextProvider}; nothing is written: the caller (the cluster
 * side, or the CLI that prints them) acts on the {@link io.bulwark.engine.generate.Downstream}
 * decisions. No I/O, no Kubernetes client.
 */
package io.bulwark.engine.generate;
