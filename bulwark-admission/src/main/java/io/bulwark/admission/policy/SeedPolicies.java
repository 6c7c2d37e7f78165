package io.bulwark.admission.policy;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed scenario bundled in the jar at build time: the Kubeflow policies ({@code
 * policies/kubeflow}) and the malicious Pod ({@code examples/kubeflow/pwn-pod.yaml}). What {@code
 * bulwark serve} serves and demonstrates when given no policies.
 */
public final class SeedPolicies {

  private static final String MALICIOUS_POD = "/io/bulwark/admission/seed/examples/pwn-pod.yaml";

  /** How problems name the bundled files. */
  public static final String LABEL = "bundled:policies/kubeflow";

  private SeedPolicies() {}

  /** The bundled policies, in file-name order. */
  public static PolicySet load() {
    LoadResult<KyvernoPolicy> result = loadResult();
    if (result.hasErrors()) {
      throw new IllegalStateException("the bundled seed policies do not load: " + result.problems());
    }
    return PolicySet.of(result.items());
  }

  static LoadResult<KyvernoPolicy> loadResult() {
    var documents = new ArrayList<YamlDocument>();
    for (Map.Entry<String, String> file : files().entrySet()) {
      documents.addAll(KubeYaml.parse(LABEL + "/" + file.getKey(), file.getValue()));
    }
    return PolicyLoader.load(documents);
  }

  /** The seed scenario's malicious Pod, as YAML. */
  public static String maliciousPod() {
    try (InputStream in = SeedPolicies.class.getResourceAsStream(MALICIOUS_POD)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + MALICIOUS_POD + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File name → text of every bundled policy file, sorted by name. */
  private static Map<String, String> files() {
    // A shaded jar may have no directory entries, so the directory is found from a file beside it.
    URL anchor = SeedPolicies.class.getResource(MALICIOUS_POD);
    if (anchor == null) {
      throw new IllegalStateException("the bundled seed scenario is missing from the jar");
    }
    try {
      URI uri = anchor.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          jar = FileSystems.getFileSystem(uri);
        }
        return read(policiesBeside(jar.provider().getPath(uri)));
      }
      return read(policiesBeside(Path.of(uri)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code seed/policies} from {@code seed/examples/pwn-pod.yaml}. */
  private static Path policiesBeside(Path maliciousPod) {
    return maliciousPod.getParent().getParent().resolve("policies");
  }

  private static Map<String, String> read(Path directory) throws IOException {
    var texts = new java.util.TreeMap<String, String>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
          texts.put(name.replace("/", ""), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
