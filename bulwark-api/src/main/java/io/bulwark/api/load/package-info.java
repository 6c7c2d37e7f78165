/**
 * Input collection for front ends: {@link io.bulwark.api.load.InputFiles} turns command-line paths
 * (files, directories, {@code -} for standard input) into labelled {@link
 * io.bulwark.api.load.Source} texts, reporting unreadable paths as {@link
 * io.bulwark.api.problem.Problem}s. Parsing the texts is {@code io.bulwark.api.yaml}'s job.
 *
 * <p>Depends on the JDK and {@code io.bulwark.api.problem} only.
 */
package io.bulwark.api.load;
