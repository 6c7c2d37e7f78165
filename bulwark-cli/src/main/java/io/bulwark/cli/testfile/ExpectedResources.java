package io.bulwark.cli.testfile;

import io.bulwark.api.load.LoadResult;
import io.bulwark.api.problem.Problem;
import io.bulwark.cli.input.Inputs;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The resource files a test file's rows expect ({@code patchedResources}), read once per test file
 * relative to its folder. A file may hold several resources; a row's check uses the one with the
 * actual resource's apiVersion, kind, namespace and name, as {@code kyverno test} does. Not
 * thread-safe: one instance per test file run.
 */
final class ExpectedResources {

  /** Why a row's resource check did not hold, in Kyverno's words: its reason and message. */
  record Mismatch(String reason, String message) {}

  static final String RESOURCE_DIFF = "Resource diff";
  static final String RESOURCE_ERROR = "Resource error";

  private final Path directory;
  private final Map<String, LoadResult<JsonNode>> files = new HashMap<>();

  ExpectedResources(Path directory) {
    this.directory = directory;
  }

  /** Empty when {@code actual} equals the resource of that identity in the file named by the row. */
  Optional<Mismatch> check(String file, JsonNode actual) {
    LoadResult<JsonNode> loaded = files.computeIfAbsent(file, f -> Inputs.resources(
        List.of(directory.resolve(f).normalize().toString()), InputStream.nullInputStream()));
    Optional<Problem> problem = loaded.problems().stream().filter(Problem::isError).findFirst();
    if (problem.isPresent()) {
      return Optional.of(new Mismatch(RESOURCE_ERROR, "error: failed to load resource (" + problem.get().render() + ")"));
    }
    Optional<JsonNode> expected = loaded.items().stream().filter(r -> sameIdentity(r, actual)).findFirst();
    if (expected.isEmpty()) {
      return Optional.of(new Mismatch(RESOURCE_ERROR, "error: failed to load resource (no " + identity(actual)
          + " in " + file + ")"));
    }
    return ResourceComparison.difference(actual, expected.get()).map(diff -> new Mismatch(RESOURCE_DIFF,
        "Patched resource didn't match the patched resource in the test result\n"
            + "(- only in expected, + only in actual)\n\n" + diff));
  }

  private static boolean sameIdentity(JsonNode a, JsonNode b) {
    return identity(a).equals(identity(b));
  }

  /** {@code apiVersion Kind namespace/name}, or {@code apiVersion Kind name} without a namespace. */
  private static String identity(JsonNode resource) {
    JsonNode metadata = resource.path("metadata");
    String namespace = metadata.path("namespace").asString("");
    String name = metadata.path("name").asString("");
    return resource.path("apiVersion").asString("") + " " + resource.path("kind").asString("") + " "
        + (namespace.isEmpty() ? name : namespace + "/" + name);
  }
}
