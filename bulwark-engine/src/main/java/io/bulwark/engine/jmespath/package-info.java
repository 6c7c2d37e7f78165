/**
 * JMESPath as Kyverno evaluates it: a lexer, a Pratt parser and a tree-walking interpreter over
 * Jackson trees, the standard functions ({@code builtin}), and Kyverno's missing-key errors
 * ({@link io.bulwark.engine.jmespath.NotFoundException}). Entry point: {@link
 * io.bulwark.engine.jmespath.JmesPath}; extension point: {@link
 * io.bulwark.engine.jmespath.JmesFunction} registered in a {@link
 * io.bulwark.engine.jmespath.FunctionRegistry}. No I/O, no third-party JMESPath library, no
 * reflection.
 */
package io.bulwark.engine.jmespath;
