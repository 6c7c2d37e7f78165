package io.bulwark.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.cli.input.Inputs;
import io.bulwark.cli.testfile.RowOutcome;
import io.bulwark.cli.testfile.TestDiscovery;
import io.bulwark.cli.testfile.TestFile;
import io.bulwark.cli.testfile.TestOutcome;
import io.bulwark.cli.testfile.TestRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance ratchet over Kyverno's public policy library (../shared/conformance/kyverno-policies,
 * or -Dbulwark.conformance.dir / BULWARK_CONFORMANCE_DIR). Every test file runs through the same
 * TestRunner as {@code bulwark test}; a case passes only when Bulwark's result equals the expected
 * one (an excluded resource counts as {@code skip}: stricter than Kyverno's CLI).
 *
 * <ul>
 *   <li>{@code passing.txt} lists the cases that pass; one that stops passing fails the build. The
 *       list only grows: {@code -Dbulwark.conformance.update=true} adds newly passing cases.
 *   <li>{@code pending.txt} lists every failing case of a classic (kyverno.io) policy with a
 *       one-line reason: the features it needs that are not built yet, or how the result differs.
 *   <li>Cases of pod-security/ and best-practices/ that need none of those features must pass.
 * </ul>
 */
class KyvernoPoliciesConformanceTest {

  private static final Path RESOURCES = Path.of("src/test/resources/conformance");
  private static final Set<String> IN_SCOPE_FOLDERS = Set.of("pod-security", "best-practices");

  private static Path corpus;
  private static final List<CorpusCase> cases = new ArrayList<>();
  private static final Map<String, Set<String>> laterFeatures = new TreeMap<>();
  private static final Map<String, Set<String>> features = new TreeMap<>();
  /** Cases whose rule generates resources: counted apart from validate and mutate rows. */
  private static final Set<String> generateCases = new TreeSet<>();

  @BeforeAll
  static void runCorpus() {
    corpus = corpusDir();
    assumeTrue(corpus != null, "Kyverno policy corpus not found: set -Dbulwark.conformance.dir or"
        + " BULWARK_CONFORMANCE_DIR to the folder holding kyverno-policies/ (../shared/conformance in CI)");
    Path library = corpus.resolve("kyverno-policies");
    TestDiscovery.Found found = TestDiscovery.find(List.of(library.toString()), "kyverno-test.yaml");
    var runner = new TestRunner();
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    for (TestFile test : found.tests()) {
      String relative = library.relativize(test.path()).toString();
      String folder = relative.substring(0, relative.indexOf('/'));
      TestOutcome outcome = runner.run(test, e -> true, quiet);
      List<KyvernoPolicy> policies = Inputs.policies(
          test.policies().stream().map(p -> test.directory().resolve(p).normalize().toString()).toList(), java.io.InputStream.nullInputStream()).items();
      String missing = outcome.problems().stream().filter(p -> p.message().equals("no such file or directory"))
          .map(p -> library.relativize(java.nio.file.Path.of(p.location().file()).toAbsolutePath().normalize()).toString())
          .findFirst().orElse(null);
      var seen = new java.util.HashMap<String, Integer>();
      for (RowOutcome row : outcome.rows()) {
        // A row may name a resource twice (two namespaces, or a duplicate): number the repeats.
        String base = CorpusCase.id(relative, row);
        int occurrence = seen.merge(base, 1, Integer::sum);
        var c = new CorpusCase(occurrence == 1 ? base : base + " #" + occurrence, folder, row, missing);
        cases.add(c);
        Set<String> all = new LinkedHashSet<>();
        policies.stream().filter(p -> p.name().equals(row.expectation().policyName())).findFirst()
            .ifPresentOrElse(p -> all.addAll(PolicyFeatures.of(p, row.expectation().rule())),
                () -> all.add("not a classic policy"));
        Set<String> later = new LinkedHashSet<>(all);
        later.removeIf(f -> !f.equals("not a classic policy") && !PolicyFeatures.LATER.contains(f));
        features.put(c.id(), all);
        laterFeatures.put(c.id(), later);
        policies.stream().filter(p -> p.name().equals(row.expectation().policyName())).findFirst()
            .filter(p -> PolicyFeatures.of(p, row.expectation().rule()).contains("generate"))
            .ifPresent(p -> generateCases.add(c.id()));
      }
    }
    printCounts();
  }

  @Test
  void noListedCaseStopsPassing() throws IOException {
    Set<String> listed = readLines("passing.txt");
    Set<String> passingNow = cases.stream().filter(CorpusCase::passes).map(CorpusCase::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> regressed = new TreeSet<>(listed);
    regressed.removeAll(passingNow);
    Set<String> newlyPassing = new TreeSet<>(passingNow);
    newlyPassing.removeAll(listed);
    if (Boolean.getBoolean("bulwark.conformance.update")) {
      var all = new TreeSet<>(listed);
      all.addAll(passingNow);
      all.removeAll(regressed);
      write("passing.txt", all);
    } else if (!newlyPassing.isEmpty()) {
      System.out.println("conformance: " + newlyPassing.size() + " cases pass that passing.txt does not list;"
          + " run with -Dbulwark.conformance.update=true to add them");
    }
    assertThat(regressed).as("cases in passing.txt that no longer pass").isEmpty();
  }

  /**
   * Issue 2's bar: every validate case of pod-security/ and best-practices/ whose rule needs none
   * of the features listed in {@link PolicyFeatures#LATER} passes. (Mutate cases are held to
   * pending.txt instead.)
   */
  @Test
  void everyInScopeCaseWithoutLaterFeaturesPasses() {
    var mustPass = new TreeSet<String>();
    for (CorpusCase c : cases) {
      if (IN_SCOPE_FOLDERS.contains(c.folder()) && !c.passes() && laterFeatures.get(c.id()).isEmpty()
          && !features.get(c.id()).contains("mutate")) {
        mustPass.add(c.id() + "  (" + c.outcome().reason() + ")");
      }
    }
    assertThat(mustPass).as("in-scope cases that need no later feature but fail").isEmpty();
  }

  /**
   * Every failing case of a classic (kyverno.io) policy is listed in pending.txt with a one-line
   * reason: the features it needs that Bulwark does not have yet, or why the result differs.
   * Also prints the pass rate of classic validate rows, CEL rules and verifyImages aside.
   */
  @Test
  void everyFailingClassicCaseIsPendingWithAReason() throws IOException {
    var failing = new TreeMap<String, String>();
    int validateRows = 0;
    int validatePassing = 0;
    int missingInputs = 0;
    int mutateRows = 0;
    int mutatePassing = 0;
    int mutateMissingInputs = 0;
    for (CorpusCase c : cases) {
      Set<String> later = laterFeatures.get(c.id());
      if (later.contains("not a classic policy")) {
        continue;
      }
      boolean mutates = features.get(c.id()).contains("mutate");
      boolean generates = generateCases.contains(c.id());
      boolean validateScope = !mutates && !generates
          && later.stream().noneMatch(f -> f.equals("cel") || f.equals("verifyImages"));
      if (mutates && !generates && later.isEmpty()) {
        mutateRows++;
        if (c.passes()) {
          mutatePassing++;
        } else if (c.inputMissing()) {
          mutateMissingInputs++;
        }
      }
      if (validateScope) {
        validateRows++;
        if (c.passes()) {
          validatePassing++;
        } else if (c.inputMissing()) {
          missingInputs++;
        }
      }
      if (!c.passes()) {
        String reason = !later.isEmpty() ? "needs " + String.join(", ", later)
            : c.inputMissing() ? "input file missing from the corpus copy (its chainsaw tests were left out): "
                + c.missingInput()
            : c.outcome().kind() == RowOutcome.Kind.EXCLUDED
                ? "Excluded: no rule of the policy selected the resource (Kyverno's CLI counts such a row as"
                    + " passed; this strict ratchet only when the row expects skip)"
            : c.outcome().reason() + ": " + oneLine(detail(c.outcome())) + (c.outcome().success()
                ? " (Kyverno's CLI counts the row as passed: a row expecting fail passes when any check fails)" : "");
        failing.put(c.id(), reason);
      }
    }
    System.out.printf("conformance: classic mutate rows (cel, verifyImages, generate aside): %d of %d pass (%.2f%%);"
        + " %d more name an input file the corpus copy lacks; without those: %d of %d (%.2f%%)%n",
        mutatePassing, mutateRows, percent(mutatePassing, mutateRows), mutateMissingInputs, mutatePassing,
        mutateRows - mutateMissingInputs, percent(mutatePassing, mutateRows - mutateMissingInputs));
    System.out.printf("conformance: classic validate rows (cel, verifyImages, mutate, generate aside): %d of %d pass"
        + " (%.2f%%); %d more name an input file the corpus copy lacks; without those: %d of %d (%.2f%%)%n",
        validatePassing, validateRows, percent(validatePassing, validateRows), missingInputs, validatePassing,
        validateRows - missingInputs, percent(validatePassing, validateRows - missingInputs));
    long generatePassing = cases.stream().filter(c -> generateCases.contains(c.id()) && c.passes()).count();
    System.out.printf("conformance: classic generate rows: %d of %d pass%n", generatePassing, generateCases.size());
    if (Boolean.getBoolean("bulwark.conformance.update")) {
      write("pending.txt", failing.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue())
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    var listed = new TreeMap<String, String>();
    for (String line : readLines("pending.txt")) {
      String[] parts = line.split("\t", 2);
      listed.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
    }
    assertThat(listed.keySet()).as("pending.txt lists exactly the failing classic cases").isEqualTo(failing.keySet());
    assertThat(listed.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList())
        .as("pending cases without a reason").isEmpty();
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0.0 : 100.0 * part / whole;
  }

  /**
   * The part of a row's message that says what differs: for a resource diff, the differing lines
   * rather than the fixed sentence before them.
   */
  private static String detail(RowOutcome outcome) {
    String message = outcome.message();
    if (message != null && "Resource diff".equals(outcome.reason()) && message.contains("\n\n")) {
      return message.substring(message.indexOf("\n\n") + 2).replace("\n", " | ");
    }
    return message;
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String flat = message.replace('\n', ' ').replace('\t', ' ');
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }

  private static void printCounts() {
    var byFolder = new TreeMap<String, int[]>();
    for (CorpusCase c : cases) {
      int[] counts = byFolder.computeIfAbsent(c.folder(), f -> new int[2]);
      counts[c.passes() ? 0 : 1]++;
    }
    var out = new StringWriter();
    out.append("conformance over ").append(String.valueOf(corpus)).append('\n');
    out.append(String.format("%-32s %6s %6s%n", "folder", "pass", "fail"));
    int pass = 0;
    int fail = 0;
    for (var entry : byFolder.entrySet()) {
      out.append(String.format("%-32s %6d %6d%n", entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
      pass += entry.getValue()[0];
      fail += entry.getValue()[1];
    }
    out.append(String.format("%-32s %6d %6d%n", "total", pass, fail));
    System.out.print(out);
  }

  private static Path corpusDir() {
    String configured = System.getProperty("bulwark.conformance.dir", System.getenv("BULWARK_CONFORMANCE_DIR"));
    List<Path> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("../../shared/conformance"));
    candidates.add(Path.of("../shared/conformance"));
    return candidates.stream().filter(p -> Files.isDirectory(p.resolve("kyverno-policies"))).findFirst()
        .map(Path::normalize).orElse(null);
  }

  private static Set<String> readLines(String name) throws IOException {
    Path file = RESOURCES.resolve(name);
    if (!Files.exists(file)) {
      return new TreeSet<>();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void write(String name, Set<String> lines) {
    try {
      Files.writeString(RESOURCES.resolve(name), lines.stream().collect(Collectors.joining("\n", "", "\n")),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
