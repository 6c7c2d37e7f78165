/**
 * Kyverno's mutate rules. {@link io.bulwark.engine.mutate.MutationHandler} runs a policy's mutate
 * rules in order on one request (context entries, preconditions, PolicyExceptions, the whole rule
 * substituted, then the patch), {@code ForEachMutation} runs {@code mutate.foreach}, {@code
 * MutationTargets} resolves the {@code targets} of mutate-existing rules through the {@link
 * io.bulwark.engine.context.ContextProvider}. The result is a {@link
 * io.bulwark.engine.mutate.MutationOutcome}: responses, the patched object and the patched targets.
 * The patches themselves are pure functions in {@link io.bulwark.engine.mutate.patch}. No I/O.
 */
package io.bulwark.engine.mutate;
