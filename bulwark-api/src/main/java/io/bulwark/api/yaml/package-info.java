/**
 * YAML and JSON input with kubectl's and Kyverno's semantics (go-yaml v2 through sigs.k8s.io/yaml):
 * {@link io.bulwark.api.yaml.KubeYaml} parses a stream into {@link
 * io.bulwark.api.yaml.YamlDocument}s, each a Jackson tree with a {@link
 * io.bulwark.api.yaml.SourceIndex} giving the line and column of any path. Bad input becomes {@link
 * io.bulwark.api.problem.Problem}s, never a snakeyaml exception.
 *
 * <p>Depends on snakeyaml-engine (composer and node API only), Jackson databind and {@code
 * io.bulwark.api.problem}; must not depend on the policy model or on the engine.
 */
package io.bulwark.api.yaml;
