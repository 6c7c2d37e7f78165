/**
 * Go and Kubernetes value syntaxes that Kyverno compares: {@link io.bulwark.engine.value.GoDuration}
 * ({@code time.ParseDuration}) and {@link io.bulwark.engine.value.Quantity}
 * ({@code resource.ParseQuantity}), {@link io.bulwark.engine.value.Semver}, and {@link
 * io.bulwark.engine.value.GoText} (Go's string order and {@code %q}). Pure value types, shared by
 * patterns, conditions, Pod Security checks and JMESPath. Depends on the JDK only.
 */
package io.bulwark.engine.value;
