/**
 * Go and Kubernetes value syntaxes that Kyverno compares: {@link io.bulwark.engine.value.GoDuration}
 * ({@code time.ParseDuration}) and {@link io.bulwark.engine.value.Quantity}
 * ({@code resource.ParseQuantity}). Pure value types, shared by patterns, conditions and JMESPath
 * arithmetic. Depends on the JDK only.
 */
package io.bulwark.engine.value;
