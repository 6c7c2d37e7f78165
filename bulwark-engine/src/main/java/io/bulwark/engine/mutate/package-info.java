/**
 * Kyverno's mutate rules: variables substituted into the patch, preconditions, foreach, autogen
 * rules for Pod controllers, mutate-existing targets; the patches themselves are in {@link
 * io.bulwark.engine.mutate.patch}.
 */
package io.bulwark.engine.mutate;
