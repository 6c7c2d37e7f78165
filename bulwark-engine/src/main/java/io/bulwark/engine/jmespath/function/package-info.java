/**
 * Kyverno's 51 JMESPath extension functions, one small class each (time and hash families share a
 * helper), registered by {@link io.bulwark.engine.jmespath.function.KyvernoFunctions}. Functions
 * take already-evaluated Jackson trees and reproduce Kyverno's results and error texts, including
 * the Go library behaviour behind them (time layouts, RE2 replacement templates, Kubernetes
 * quantities, blang/semver ranges).
 *
 * <p>Depends on {@code io.bulwark.engine.jmespath} (the SPI), {@code io.bulwark.engine.value},
 * {@code io.bulwark.engine.wildcard} and {@code io.bulwark.api.yaml}; must not depend on the
 * interpreter, the policy model or any I/O other than the DNS lookup of {@code is_external_url}.
 */
package io.bulwark.engine.jmespath.function;
