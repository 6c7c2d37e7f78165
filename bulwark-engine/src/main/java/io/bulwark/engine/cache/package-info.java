/**
 * Caches of what the engine derives from a policy once and reuses on every request (autogen
 * rules, prepared patterns), keyed on object identity and held weakly, so a policy that is
 * replaced or dropped takes its derived data with it. No dependency on the rest of the engine.
 */
package io.bulwark.engine.cache;
