/**
 * Kyverno's {@code validate.podSecurity}: {@link io.bulwark.engine.podsecurity.PodSecurity} runs
 * the Pod Security Standards checks (baseline and restricted, per version) over a Pod or Pod
 * controller and applies {@code exclude} entries, returning a {@link
 * io.bulwark.engine.podsecurity.PodSecurityResult} whose message is Kyverno's text. One class per
 * check, as the library has one file per check. Pure functions over Jackson trees; depends on the
 * engine's wildcard matching only.
 */
package io.bulwark.engine.podsecurity;
