package io.bulwark.cli;

import io.bulwark.cli.output.ResourceYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Where {@code apply} puts the resources its mutate policies produced, as {@code kyverno apply}
 * does: without {@code -o}, on standard output after a {@code policy NAME applied to NS/Kind/name:}
 * line (left out with {@code --stdin}); with {@code -o FILE.yaml} (or {@code .yml}), appended to
 * that file, emptied first; with {@code -o DIR} (any other name), appended to {@code
 * DIR/<resource name>-mutated.yaml}. Each resource is a YAML document followed by {@code ---}.
 * Not thread-safe.
 */
final class MutatedResourceWriter {

  private final PrintWriter out;
  private final Path target;
  private final boolean directory;
  private final boolean stdin;
  private final Set<Path> started = new HashSet<>();

  private MutatedResourceWriter(PrintWriter out, Path target, boolean directory, boolean stdin) {
    this.out = out;
    this.target = target;
    this.directory = directory;
    this.stdin = stdin;
  }

  /** Prints to {@code out}. */
  static MutatedResourceWriter toOutput(PrintWriter out, boolean stdin) {
    return new MutatedResourceWriter(out, null, false, stdin);
  }

  /**
   * Writes below {@code path}: a file when its name ends in {@code .yaml} or {@code .yml}, else a
   * folder. Creates what is missing and empties an existing file.
   *
   * @throws IOException when the file or folder cannot be created or emptied
   */
  static MutatedResourceWriter toPath(PrintWriter out, String path) throws IOException {
    Path target = Path.of(path).normalize();
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    boolean directory = !(name.endsWith(".yaml") || name.endsWith(".yml"));
    if (directory) {
      Files.createDirectories(target);
    } else {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(target, "", StandardCharsets.UTF_8);
    }
    return new MutatedResourceWriter(out, target, directory, false);
  }

  /** Whether resources go to files rather than to standard output. */
  boolean writesFiles() {
    return target != null;
  }

  /**
   * Records what one mutate policy left of a resource, and the existing objects its mutate-existing
   * rules patched ({@code targets}, after a {@code patched targets:} line): {@code resourcePath} is
   * {@code namespace/Kind/name} and {@code resourceName} the loaded resource's name.
   *
   * @throws IOException when the file cannot be written
   */
  void mutated(String policy, String resourcePath, String resourceName, JsonNode patched, List<JsonNode> targets)
      throws IOException {
    String yaml = ResourceYaml.write(patched);
    if (target == null) {
      if (!stdin) {
        out.print("\npolicy " + policy + " applied to " + resourcePath + ":");
      }
      out.print("\n" + yaml + "\n---\n");
      if (!targets.isEmpty()) {
        out.print("patched targets: \n");
        for (JsonNode patchedTarget : targets) {
          out.print("\n" + ResourceYaml.write(patchedTarget) + "\n---\n\n");
        }
      }
      return;
    }
    Path file = directory ? target.resolve(resourceName + "-mutated.yaml") : target;
    // A folder's files are emptied the first time this run writes them, so a second run does not
    // pile up the first run's resources.
    boolean fresh = directory && started.add(file);
    var text = new StringBuilder(yaml).append("\n---\n\n");
    targets.forEach(patchedTarget -> text.append(ResourceYaml.write(patchedTarget)).append("\n---\n"));
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
  }
}
