package io.bulwark.benchmarks;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Pod Security Standards ClusterPolicies of Kyverno's policy library (pod-security/baseline
 * and pod-security/restricted, as their kustomizations list them: 11 + 6), bundled as resources
 * under {@code benchmarks/policies/}. See the module's NOTICE for their origin.
 */
public final class PodSecurityPolicies {

  private static final String FOLDER = "benchmarks/policies/";

  private PodSecurityPolicies() {}

  /** Every bundled policy, loaded as {@code bulwark apply} loads files; any problem is fatal. */
  public static List<KyvernoPolicy> load() {
    List<YamlDocument> documents = new ArrayList<>();
    for (String line : resource(FOLDER + "index.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty()) {
        continue;
      }
      var parsed = KubeYaml.parseLenient(name, resource(FOLDER + name));
      if (!parsed.problems().isEmpty()) {
        throw new IllegalStateException(name + ": " + parsed.problems());
      }
      documents.addAll(parsed.documents());
    }
    LoadResult<KyvernoPolicy> loaded = PolicyLoader.load(documents);
    if (loaded.hasErrors()) {
      throw new IllegalStateException("bundled policies do not load: " + loaded.problems());
    }
    return loaded.items();
  }

  static String resource(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String path) {
    try (InputStream in = PodSecurityPolicies.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
