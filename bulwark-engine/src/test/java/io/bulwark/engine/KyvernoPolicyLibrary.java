package io.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's policy library ({@code kyverno-policies}) for the engine's corpus-backed tests: found
 * under {@code -Dbulwark.conformance.dir} or {@code BULWARK_CONFORMANCE_DIR}, else under {@code
 * ../shared/conformance} or {@code ../../shared/conformance}; a test that asks for it is skipped
 * when none exists. Read errors surface as {@link UncheckedIOException}.
 */
public final class KyvernoPolicyLibrary {

  private KyvernoPolicyLibrary() {}

  /** The library's folder; skips the calling test (a JUnit assumption) when it is not there. */
  public static Path locate() {
    Path library = find();
    assumeTrue(library != null,
        "Kyverno's policy library not found: set -Dbulwark.conformance.dir or BULWARK_CONFORMANCE_DIR");
    return library;
  }

  private static Path find() {
    String configured = System.getProperty("bulwark.conformance.dir", System.getenv("BULWARK_CONFORMANCE_DIR"));
    for (String base : configured == null ? List.of("../shared/conformance", "../../shared/conformance")
        : List.of(configured)) {
      Path dir = Path.of(base, "kyverno-policies");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    return null;
  }

  /** Every {@code kyverno-test.yaml} under the library, in path order. */
  public static List<Path> testFiles(Path library) {
    try (Stream<Path> files = Files.walk(library)) {
      return files.filter(p -> p.getFileName().toString().equals("kyverno-test.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's YAML documents as trees; a document that does not convert throws. */
  public static List<JsonNode> documents(Path file) {
    return KubeYaml.parse(file.toString(), read(file)).stream().map(YamlDocument::tree).toList();
  }

  /** The file's YAML documents that convert cleanly; the others are left out. */
  public static List<YamlDocument> lenientDocuments(Path file) {
    return KubeYaml.parseLenient(file.toString(), read(file)).documents();
  }

  /** The policies in the file, which must load without problems. */
  public static List<KyvernoPolicy> policies(Path file) {
    LoadResult<KyvernoPolicy> loaded = PolicyLoader.load(KubeYaml.parse(file.toString(), read(file)));
    assertThat(loaded.problems()).isEmpty();
    return loaded.items();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
