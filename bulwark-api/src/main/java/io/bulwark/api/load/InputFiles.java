package io.bulwark.api.load;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Expands the paths a user gives on the command line into texts to parse.
 *
 * <ul>
 *   <li>A directory is walked recursively and yields its {@code *.yaml}, {@code *.yml} and {@code
 *       *.json} files (extension case-sensitive, as in Kyverno), sorted by path. Symbolic links to
 *       files are read; links to directories are not followed.
 *   <li>{@code -} is standard input, read once: a repeated {@code -} gets a warning and no second
 *       source.
 *   <li>Anything else is read as a file whatever its name, so pipes such as {@code <(kustomize
 *       build)} work.
 * </ul>
 *
 * Labels are the path as given, joined with {@code /} and the path inside a directory ({@code
 * policies/pod/require-labels.yaml}). Unreadable paths become problems ({@code "x.yaml: no such
 * file or directory"}); the other paths are still read. Stateless and thread-safe, apart from
 * reading {@code stdin}.
 */
public final class InputFiles {

  /** The path that stands for standard input. */
  public static final String STDIN = "-";

  /** The label given to standard input. */
  public static final String STDIN_LABEL = "<stdin>";

  private InputFiles() {}

  /** {@link #readAll(List, InputStream)} with {@link System#in}. */
  public static ReadResult readAll(List<String> paths) {
    return readAll(paths, System.in);
  }

  /** Reads every path of {@code paths}, in order; {@code stdin} is what {@code -} reads. */
  public static ReadResult readAll(List<String> paths, InputStream stdin) {
    var sources = new ArrayList<Source>();
    var problems = new ArrayList<Problem>();
    boolean stdinRead = false;
    for (String path : paths) {
      if (STDIN.equals(path)) {
        if (stdinRead) {
          problems.add(
              Problem.warning(
                  SourceLocation.unknown(STDIN_LABEL),
                  FieldPath.root(),
                  "standard input is read once; repeated \"-\" ignored"));
        } else {
          stdinRead = true;
          readStdin(stdin, sources, problems);
        }
        continue;
      }
      Path file;
      try {
        file = Path.of(path);
      } catch (InvalidPathException e) {
        problems.add(Problem.error(SourceLocation.unknown(path), FieldPath.root(), "invalid path"));
        continue;
      }
      if (Files.isDirectory(file)) {
        walk(path, file, sources, problems);
      } else {
        read(path, file, sources, problems);
      }
    }
    return new ReadResult(sources, problems);
  }

  private static void readStdin(InputStream stdin, List<Source> sources, List<Problem> problems) {
    try {
      addText(STDIN_LABEL, stdin.readAllBytes(), sources, problems);
    } catch (IOException e) {
      problems.add(unreadable(STDIN_LABEL, e));
    }
  }

  private static void walk(String given, Path link, List<Source> sources, List<Problem> problems) {
    var files = new ArrayList<Path>();
    Path directory;
    try {
      // The walk itself does not follow links, but a directory the user named is always entered.
      directory = link.toRealPath();
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (isInputFile(file) && (attributes.isRegularFile() || Files.isRegularFile(file))) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
              problems.add(unreadable(labelFor(given, directory, file), failure));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(unreadable(given, e));
      return;
    }
    files.sort(Comparator.comparing(file -> relative(directory, file)));
    for (Path file : files) {
      read(labelFor(given, directory, file), file, sources, problems);
    }
  }

  private static void read(String label, Path file, List<Source> sources, List<Problem> problems) {
    try {
      addText(label, Files.readAllBytes(file), sources, problems);
    } catch (IOException e) {
      problems.add(unreadable(label, e));
    }
  }

  private static void addText(
      String label, byte[] bytes, List<Source> sources, List<Problem> problems) {
    Optional<String> text = TextDecoding.decode(bytes);
    if (text.isPresent()) {
      sources.add(new Source(label, text.get()));
    } else {
      problems.add(
          Problem.error(
              SourceLocation.unknown(label), FieldPath.root(), "not valid UTF-8 or UTF-16 text"));
    }
  }

  private static boolean isInputFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static String labelFor(String given, Path directory, Path file) {
    String inside = relative(directory, file);
    if (inside.isEmpty()) {
      return given;
    }
    return given.endsWith("/") || given.endsWith(file.getFileSystem().getSeparator())
        ? given + inside
        : given + "/" + inside;
  }

  private static String relative(Path directory, Path file) {
    var parts = new ArrayList<String>();
    for (Path part : directory.relativize(file)) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }

  /** A problem naming the reason like the shell does, never the exception class. */
  private static Problem unreadable(String label, IOException failure) {
    String reason;
    if (failure instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (failure instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (failure instanceof FileSystemException fileSystem
        && fileSystem.getReason() != null) {
      reason = fileSystem.getReason().toLowerCase(Locale.ROOT);
    } else {
      reason = "cannot read: " + failure.getMessage();
    }
    return Problem.error(SourceLocation.unknown(label), FieldPath.root(), reason);
  }
}
