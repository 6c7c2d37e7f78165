/**
 * Kyverno's {@code validate.pattern} overlay matching: anchors, value operators and the walk over a
 * resource tree. {@link io.bulwark.engine.pattern.PatternMatcher} is the entry point; {@link
 * io.bulwark.engine.pattern.ValuePattern} matches one scalar. {@code GoKind}, {@code GoFormat} and
 * {@code GoNumbers} are public because conditions need the same Go view of JSON values. Works on
 * Jackson trees only and depends on {@code io.bulwark.api.problem}, {@code
 * io.bulwark.engine.wildcard} and {@code io.bulwark.engine.value}; it must not know about policies,
 * rules or reports.
 */
package io.bulwark.engine.pattern;
