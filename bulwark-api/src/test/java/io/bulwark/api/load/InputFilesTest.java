package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputFilesTest {

  @TempDir Path root;

  @Test
  void walksDirectoriesRecursivelyTakingYamlAndJsonSortedByPath() throws IOException {
    write("policies/b.yaml", "b");
    write("policies/a.yml", "a");
    write("policies/sub/c.json", "c");
    write("policies/sub/z/d.yaml", "d");
    write("policies/README.md", "skipped");
    write("policies/e.YAML", "skipped: the extension is case-sensitive");
    write("policies/f.yaml.bak", "skipped");

    ReadResult result = read(List.of(root.resolve("policies").toString()));

    String base = root.resolve("policies").toString();
    assertThat(result.problems()).isEmpty();
    assertThat(result.sources())
        .extracting(Source::label)
        .containsExactly(
            base + "/a.yml", base + "/b.yaml", base + "/sub/c.json", base + "/sub/z/d.yaml");
    assertThat(result.sources()).extracting(Source::text).containsExactly("a", "b", "c", "d");
  }

  static Stream<Arguments> labels() {
    return Stream.of(
        arguments("dir", "dir/x.yaml"),
        arguments("dir/", "dir/x.yaml"),
        arguments("./dir", "./dir/x.yaml"),
        arguments("dir/x.yaml", "dir/x.yaml"),
        arguments("./dir/../dir/x.yaml", "./dir/../dir/x.yaml"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("labels")
  void labelsSourcesWithThePathAsGiven(String given, String expectedSuffix) throws IOException {
    write("dir/x.yaml", "x: 1");

    ReadResult result = read(List.of(root + "/" + given));

    assertThat(result.sources())
        .extracting(Source::label)
        .containsExactly(root + "/" + expectedSuffix);
  }

  @Test
  void readsAFileWhateverItsExtensionWhenNamedDirectly() throws IOException {
    write("policy.txt", "kind: Policy");

    ReadResult result = read(List.of(root.resolve("policy.txt").toString()));

    assertThat(result.sources())
        .containsExactly(new Source(root.resolve("policy.txt").toString(), "kind: Policy"));
  }

  @Test
  void readsStandardInputOnceAndKeepsTheOrderGiven() throws IOException {
    write("a.yaml", "a");
    String file = root.resolve("a.yaml").toString();
    InputStream stdin = new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8));

    ReadResult result = InputFiles.readAll(List.of("-", file, "-"), stdin);

    assertThat(result.sources())
        .containsExactly(new Source(InputFiles.STDIN_LABEL, "from stdin"), new Source(file, "a"));
    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly("<stdin>: warning: standard input is read once; repeated \"-\" ignored");
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void reportsMissingPathsAndStillReadsTheOthers() throws IOException {
    write("ok.yaml", "ok");
    String missing = root.resolve("missing.yaml").toString();

    ReadResult result = read(List.of(missing, root.resolve("ok.yaml").toString()));

    assertThat(result.sources()).extracting(Source::text).containsExactly("ok");
    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(missing + ": no such file or directory");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void decodesByteOrderMarksAndRefusesBinaryFiles() throws IOException {
    Files.write(root.resolve("utf8-bom.yaml"), bytes(0xEF, 0xBB, 0xBF, 'a', ':', ' ', '1'));
    Files.write(root.resolve("utf16.yaml"), bytes(0xFF, 0xFE, 'a', 0, ':', 0, ' ', 0, '2', 0));
    Files.write(root.resolve("binary.yaml"), bytes(0xC3, 0x28, 0xFF));

    ReadResult result = read(List.of(root.toString()));

    assertThat(result.sources()).extracting(Source::text).containsExactly("a: 2", "a: 1");
    assertThat(result.problems())
        .extracting(Problem::message)
        .containsExactly("not valid UTF-8 or UTF-16 text");
  }

  @Test
  void returnsNothingForAnEmptyDirectory() throws IOException {
    Files.createDirectories(root.resolve("empty"));

    ReadResult result = read(List.of(root.resolve("empty").toString()));

    assertThat(result.sources()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  private ReadResult read(List<String> paths) {
    return InputFiles.readAll(paths, InputStream.nullInputStream());
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
