package io.bulwark.admission.policy;

import io.bulwark.api.load.InputFiles;
import io.bulwark.api.load.LoadResult;
import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.load.ReadResult;
import io.bulwark.api.load.Source;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.ParseResult;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The policies of a directory, kept current by {@link #scan()}: the {@code *.yaml}, {@code *.yml}
 * and {@code *.json} files below it (recursively; entries whose names start with a dot are
 * skipped, so a Kubernetes ConfigMap mount's {@code ..data} copies are not read twice). A file is
 * read again when its size or modification time changes. A file whose new text has an error is
 * reported and its last good version keeps serving (a new file with errors serves nothing); a
 * deleted file's policies go away. When two files define the same policy, the first in path order
 * wins and the other is reported.
 *
 * <p>{@link #scan()} must be called from one thread at a time; {@link #get()} from any thread.
 */
public final class PolicyDirectory implements Supplier<PolicySet> {

  /** What a scan found: whether the served set changed, and the problems of files (re)read. */
  public record ScanResult(boolean changed, List<Problem> problems, List<String> rejectedFiles) {
    public ScanResult {
      problems = List.copyOf(problems);
      rejectedFiles = List.copyOf(rejectedFiles);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private record Stamp(FileTime modified, long size) {}

  private record FileState(Stamp stamp, List<KyvernoPolicy> policies) {}

  private final Path directory;
  private final Map<Path, FileState> files = new HashMap<>();
  private volatile PolicySet current = PolicySet.empty();

  public PolicyDirectory(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  public Path directory() {
    return directory;
  }

  @Override
  public PolicySet get() {
    return current;
  }

  /** Reads new and changed files, drops deleted ones, and publishes the new set if anything changed. */
  public ScanResult scan() {
    var problems = new ArrayList<Problem>();
    var rejected = new ArrayList<String>();
    Map<Path, Stamp> present = list(problems);
    boolean changed = files.keySet().removeIf(path -> !present.containsKey(path));
    for (Map.Entry<Path, Stamp> entry : present.entrySet()) {
      Path file = entry.getKey();
      FileState known = files.get(file);
      if (known != null && known.stamp().equals(entry.getValue())) {
        continue;
      }
      LoadResult<KyvernoPolicy> loaded = load(file);
      problems.addAll(loaded.problems());
      if (loaded.hasErrors()) {
        rejected.add(file.toString());
        // Remember the stamp so the same bad text is reported once, but keep serving the last good policies.
        files.put(file, new FileState(entry.getValue(), known == null ? List.of() : known.policies()));
      } else {
        files.put(file, new FileState(entry.getValue(), loaded.items()));
        changed = true;
      }
    }
    if (changed) {
      current = PolicySet.of(unique(problems));
    }
    return new ScanResult(changed, problems, rejected);
  }

  private LoadResult<KyvernoPolicy> load(Path file) {
    ReadResult read = InputFiles.readAll(List.of(file.toString()));
    var problems = new ArrayList<Problem>(read.problems());
    var documents = new ArrayList<io.bulwark.api.yaml.YamlDocument>();
    for (Source source : read.sources()) {
      ParseResult parsed = KubeYaml.parseLenient(source.label(), source.text());
      documents.addAll(parsed.documents());
      problems.addAll(parsed.problems());
    }
    LoadResult<KyvernoPolicy> policies = PolicyLoader.load(documents);
    problems.addAll(policies.problems());
    return new LoadResult<>(policies.items(), problems);
  }

  /** Every policy of every file, in path order, dropping (and reporting) redefinitions. */
  private List<KyvernoPolicy> unique(List<Problem> problems) {
    var byKey = new HashMap<String, KyvernoPolicy>();
    var all = new ArrayList<KyvernoPolicy>();
    for (Map.Entry<Path, FileState> entry : new TreeMap<>(files).entrySet()) {
      for (KyvernoPolicy policy : entry.getValue().policies()) {
        String key = policy.kind() + "/" + policy.qualifiedName();
        KyvernoPolicy first = byKey.putIfAbsent(key, policy);
        if (first == null) {
          all.add(policy);
        } else {
          problems.add(Problem.warning(policy.source(), FieldPath.of("metadata", "name"),
              policy.kind() + " " + policy.qualifiedName() + " is already defined in " + first.source().file()
                  + "; this definition is ignored"));
        }
      }
    }
    return all;
  }

  /** The policy files below the directory and their stamps; an unreadable directory is a problem. */
  private Map<Path, Stamp> list(List<Problem> problems) {
    var found = new TreeMap<Path, Stamp>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(directory) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (hidden(file) || !isPolicyFile(file)) {
            return FileVisitResult.CONTINUE;
          }
          try {
            // Follow a symbolic link to the file it names (ConfigMap mounts are links).
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            if (target.isRegularFile()) {
              found.put(file, new Stamp(target.lastModifiedTime(), target.size()));
            }
          } catch (IOException e) {
            // Vanished between listing and reading: it is simply not there.
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(Problem.error(SourceLocation.unknown(directory.toString()), FieldPath.root(),
          "cannot read the policy directory: " + e.getMessage()));
      // Keep serving what we have rather than dropping every policy on a transient failure.
      files.keySet().forEach(path -> found.put(path, files.get(path).stamp()));
    }
    return found;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isPolicyFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
