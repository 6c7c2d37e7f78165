package io.bulwark.cli.testfile;

import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.problem.SourceLocation;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.YamlDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds every test file of a given name below some folders and parses them, keeping their problems. */
public final class TestDiscovery {

  /** The test files found, in path order, and the problems of those that could not be read. */
  public record Found(List<TestFile> tests, List<Problem> problems) {}

  private TestDiscovery() {}

  public static Found find(List<String> roots, String fileName) {
    var tests = new ArrayList<TestFile>();
    var problems = new ArrayList<Problem>();
    for (String root : roots) {
      Path base = Path.of(root);
      if (!Files.exists(base)) {
        problems.add(Problem.error(SourceLocation.unknown(root), FieldPath.root(), "no such file or directory"));
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(base)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().equals(fileName))
            .sorted()
            .toList();
      } catch (IOException | UncheckedIOException e) {
        problems.add(Problem.error(SourceLocation.unknown(root), FieldPath.root(), "cannot read: " + e.getMessage()));
        continue;
      }
      for (Path file : files) {
        load(file, file.toString(), tests, problems);
      }
    }
    return new Found(tests, problems);
  }

  private static void load(Path file, String display, List<TestFile> tests, List<Problem> problems) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(Problem.error(SourceLocation.unknown(display), FieldPath.root(), "cannot read: " + e.getMessage()));
      return;
    }
    var parsed = KubeYaml.parseLenient(display, text);
    problems.addAll(parsed.problems());
    for (YamlDocument document : parsed.documents()) {
      var sink = new ProblemSink(path -> document.positions().locate(path));
      TestFile test = TestFileParser.parse(file, display, document, sink);
      problems.addAll(sink.problems());
      if (test != null && !sink.hasErrors()) {
        tests.add(test);
      }
    }
  }
}
