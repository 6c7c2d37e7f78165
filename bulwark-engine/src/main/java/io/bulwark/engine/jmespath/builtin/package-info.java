/**
 * The built-in functions of the JMESPath specification (abs … values), one class per function,
 * with go-jmespath's signatures and behaviour. {@link
 * io.bulwark.engine.jmespath.builtin.StandardFunctions} lists them for {@link
 * io.bulwark.engine.jmespath.FunctionRegistry#standard()}. Kyverno's extension functions live in
 * {@code io.bulwark.engine.jmespath.function}, not here.
 */
package io.bulwark.engine.jmespath.builtin;
