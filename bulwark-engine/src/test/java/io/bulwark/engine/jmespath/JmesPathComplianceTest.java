package io.bulwark.engine.jmespath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bulwark.engine.jmespath.JmesPathException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official JMESPath compliance suite (jmespath.test), one dynamic test per case, in both
 * modes. Standard mode must pass every case. Kyverno mode must pass every case except those listed
 * in {@code jmespath/kyverno-differences.txt}, which must differ; {@code
 * -Dbulwark.jmespath.update=true} rewrites that file from the current behaviour.
 */
class JmesPathComplianceTest {

  private static final Path DIFFERENCES =
      Path.of("src/test/resources/jmespath/kyverno-differences.txt");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> standardModePassesEveryCase() {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.id() + " " + c.expression(), c.source().toUri(), () -> {
          Outcome outcome = c.run(JmesPath.Options.standard());
          assertThat(outcome.matches(c)).as(outcome.describe(c)).isTrue();
        }));
  }

  @TestFactory
  Stream<DynamicTest> kyvernoModeDiffersOnlyWhereListed() {
    Map<String, String> listed = listedDifferences();
    Map<String, String> found = new TreeMap<>();
    List<Case> all = cases();
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : all) {
      tests.add(DynamicTest.dynamicTest(c.id() + " " + c.expression(), c.source().toUri(), () -> {
        Outcome outcome = c.run(JmesPath.Options.kyverno());
        if (outcome.matches(c)) {
          assertThat(listed).as("%s is listed as a Kyverno difference but passes", c.id())
              .doesNotContainKey(c.id());
          return;
        }
        found.put(c.id(), c.expression() + "\t" + outcome.reason());
        if (!Boolean.getBoolean("bulwark.jmespath.update")) {
          assertThat(listed).as("unlisted Kyverno difference: %s", outcome.describe(c))
              .containsKey(c.id());
        }
      }));
    }
    if (Boolean.getBoolean("bulwark.jmespath.update")) {
      tests.add(DynamicTest.dynamicTest("rewrite kyverno-differences.txt", () -> write(found)));
    }
    return tests.stream();
  }

  @Test
  void everyListedDifferenceNamesACaseOfTheSuite() {
    List<String> ids = cases().stream().map(Case::id).toList();
    assertThat(ids).containsAll(listedDifferences().keySet());
  }

  private record Case(Path source, String id, JsonNode given, String expression, JsonNode result,
      String error) {

    Outcome run(JmesPath.Options options) {
      try {
        return new Outcome(JmesPath.compile(expression, options).search(given), null);
      } catch (JmesPathException e) {
        return new Outcome(null, e);
      }
    }
  }

  private record Outcome(JsonNode value, JmesPathException error) {

    boolean matches(Case c) {
      if (c.error() != null) {
        return error != null && error.kind() == expectedKind(c.error());
      }
      return error == null && JmesValues.deepEquals(value, c.result());
    }

    String reason() {
      if (error instanceof NotFoundException notFound) {
        return "NotFound \"" + notFound.key() + "\": Kyverno errors on a missing key, the spec "
            + "gives null";
      }
      return error != null ? error.kind() + ": " + error.getMessage() : "result " + value;
    }

    String describe(Case c) {
      String expected = c.error() != null ? "error " + c.error() : "result " + c.result();
      String actual = error != null ? "error " + error.kind() + " (" + error.getMessage() + ")"
          : "result " + value;
      return c.id() + " `" + c.expression() + "`: expected " + expected + ", got " + actual;
    }

    private static Kind expectedKind(String error) {
      return switch (error) {
        case "syntax" -> Kind.SYNTAX;
        case "invalid-type" -> Kind.INVALID_TYPE;
        case "invalid-value" -> Kind.INVALID_VALUE;
        case "invalid-arity" -> Kind.INVALID_ARITY;
        case "unknown-function" -> Kind.UNKNOWN_FUNCTION;
        default -> throw new IllegalArgumentException("unknown error class " + error);
      };
    }
  }

  private static List<Case> cases() {
    Path suite = suiteDir();
    assumeTrue(suite != null, "JMESPath compliance suite not found: set -Dbulwark.conformance.dir");
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(suite)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".json", "");
        JsonNode groups = MAPPER.readTree(file.toFile());
        for (int g = 0; g < groups.size(); g++) {
          JsonNode group = groups.get(g);
          JsonNode caseList = group.get("cases");
          for (int i = 0; i < caseList.size(); i++) {
            JsonNode c = caseList.get(i);
            if (c.has("bench") || (!c.has("result") && !c.has("error"))) {
              continue;
            }
            cases.add(new Case(file, name + "/" + g + "/" + i, group.get("given"),
                c.get("expression").stringValue(), c.get("result"),
                c.has("error") ? c.get("error").stringValue() : null));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static Path suiteDir() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty("bulwark.conformance.dir",
        System.getenv("BULWARK_CONFORMANCE_DIR"));
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("../../shared/conformance"));
    candidates.add(Path.of("../shared/conformance"));
    return candidates.stream().map(p -> p.resolve("jmespath")).filter(Files::isDirectory)
        .findFirst().map(Path::normalize).orElse(null);
  }

  /** {@code id TAB expression TAB reason} per line; {@code #} starts a comment. */
  private static Map<String, String> listedDifferences() {
    Map<String, String> listed = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(DIFFERENCES, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] fields = line.split("\t", 2);
          listed.put(fields[0], fields.length > 1 ? fields[1] : "");
        }
      }
    } catch (IOException e) {
      fail("cannot read " + DIFFERENCES + ": " + e);
    }
    return listed;
  }

  private static void write(Map<String, String> found) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# JMESPath compliance cases whose outcome in Kyverno mode differs from the spec.");
    lines.add("# One per line: case id (file/group/case, 0-based) TAB expression TAB reason.");
    lines.add("# Checked by JmesPathComplianceTest; rewrite with -Dbulwark.jmespath.update=true.");
    found.forEach((id, rest) -> lines.add(id + "\t" + rest));
    Files.write(DIFFERENCES, lines, StandardCharsets.UTF_8);
  }
}
