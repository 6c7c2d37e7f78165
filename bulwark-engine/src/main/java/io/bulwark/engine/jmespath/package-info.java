/**
 * JMESPath as Kyverno evaluates it: the standard language and functions, a missing key reported
 * as {@link io.bulwark.engine.jmespath.NotFoundException}, and Kyverno's extension functions
 * ({@link io.bulwark.engine.jmespath.JmesFunction}). Works on Jackson trees; no I/O.
 */
package io.bulwark.engine.jmespath;
