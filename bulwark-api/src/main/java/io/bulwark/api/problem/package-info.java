/**
 * Locations and problems: {@link io.bulwark.api.problem.FieldPath} (a path in a JSON/YAML tree),
 * {@link io.bulwark.api.problem.SourceLocation} (file, line, column) and {@link
 * io.bulwark.api.problem.Problem} (what is wrong there). Depends on nothing but the JDK.
 */
package io.bulwark.api.problem;
