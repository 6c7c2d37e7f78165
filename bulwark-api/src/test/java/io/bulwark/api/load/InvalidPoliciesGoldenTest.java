package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases for the policy loader: each folder of {@code invalid-policies/} holds a {@code
 * policy.yaml} and the {@code problems.txt} the loader reports for it, one rendered problem a line,
 * in the order the CLI prints them (YAML problems first, then policy problems). Run with {@code
 * -Dbulwark.golden.update=true} to rewrite every {@code problems.txt} from the current output, then
 * review the diff.
 */
class InvalidPoliciesGoldenTest {

  static final Path CASES = Path.of("src/test/resources/invalid-policies");
  private static final boolean UPDATE = Boolean.getBoolean("bulwark.golden.update");

  @TestFactory
  Stream<DynamicTest> everyCaseReportsExactlyItsProblems() throws IOException {
    List<Path> folders;
    try (Stream<Path> listing = Files.list(CASES)) {
      folders = listing.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(20);
    return folders.stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(
                    folder.getFileName().toString(), folder.toUri(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    String actual = render(load(folder).problems());
    Path expectedFile = folder.resolve("problems.txt");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as("missing %s; run with -Dbulwark.golden.update=true", expectedFile).exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    assertThat(actual).as("an invalid-policies case must report something").isNotEmpty();
  }

  @Test
  void aBadDocumentDoesNotStopTheGoodOneAfterIt() {
    LoadResult<KyvernoPolicy> result = load(CASES.resolve("multi-document-first-bad"));

    assertThat(result.items()).extracting(KyvernoPolicy::name).containsExactly("second-good");
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.location().line()).isLessThan(12));
  }

  @Test
  void anUnknownFieldIsOnlyAWarningAndThePolicyLoads() {
    LoadResult<KyvernoPolicy> result = load(CASES.resolve("unknown-field-warning"));

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.problems()).isNotEmpty();
    assertThat(result.items()).extracting(KyvernoPolicy::name).containsExactly("unknown-field");
  }

  /** What the CLI does with one file: YAML problems, then the policy loader's. */
  static LoadResult<KyvernoPolicy> load(Path folder) {
    String text;
    try {
      text = Files.readString(folder.resolve("policy.yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ParseResult parsed = KubeYaml.parseLenient("policy.yaml", text);
    LoadResult<KyvernoPolicy> loaded = PolicyLoader.load(parsed.documents());
    var problems = new ArrayList<Problem>(parsed.problems());
    problems.addAll(loaded.problems());
    return new LoadResult<>(loaded.items(), problems);
  }

  private static String render(List<Problem> problems) {
    return problems.stream().map(p -> p.render() + "\n").collect(Collectors.joining());
  }
}
