package io.bulwark.engine.podsecurity;

import static io.bulwark.engine.KyvernoPolicyLibrary.lenientDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bulwark.api.yaml.YamlDocument;
import io.bulwark.engine.KyvernoPolicyLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's policy library: every {@code kyverno-test.yaml} whose policies have a {@code
 * validate.podSecurity} rule, one dynamic test per expected (rule, resource) result. Only the
 * podSecurity block is exercised here (no match, no autogen); pass and fail must agree.
 *
 * <p>The corpus is taken from {@code -Dbulwark.conformance.dir} or {@code BULWARK_CONFORMANCE_DIR},
 * else {@code ../shared/conformance}; the test is skipped when none exists.
 */
class PodSecurityConformanceTest {

  private record Case(String name, Path folder, JsonNode podSecurity, JsonNode resource, String expected) {}

  @TestFactory
  Stream<DynamicTest> kyvernoPolicyLibraryPodSecurityResults() {
    Path corpus = KyvernoPolicyLibrary.locate();
    List<Case> cases = new ArrayList<>();
    for (Path testFile : KyvernoPolicyLibrary.testFiles(corpus)) {
      cases.addAll(cases(corpus, testFile));
    }
    assumeTrue(!cases.isEmpty(), "no podSecurity policies in " + corpus);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.folder().toUri(), () -> run(c)));
  }

  private static void run(Case c) {
    JsonNode ps = c.podSecurity();
    var excludes = new ArrayList<Exclusion>();
    for (JsonNode e : ps.path("exclude")) {
      excludes.add(new Exclusion(e.path("controlName").asString(""), strings(e.path("images")),
          e.path("restrictedField").asString(""), strings(e.path("values"))));
    }
    PodSecurityResult result = PodSecurity.evaluate(
        c.resource(), ps.path("level").asString(""), ps.path("version").asString(""), excludes);
    assertThat(result.allowed() ? "pass" : "fail").as(result.message("rule")).isEqualTo(c.expected());
  }

  private static List<Case> cases(Path corpus, Path testFile) {
    Path folder = testFile.getParent();
    JsonNode test = lenientDocuments(testFile).get(0).tree();
    Map<String, JsonNode> podSecurityRules = new LinkedHashMap<>();
    for (JsonNode policyFile : test.path("policies")) {
      for (YamlDocument doc : lenientDocuments(folder.resolve(policyFile.asString()))) {
        String policy = doc.tree().path("metadata").path("name").asString("");
        for (JsonNode rule : doc.tree().path("spec").path("rules")) {
          JsonNode ps = rule.path("validate").path("podSecurity");
          if (ps.isObject()) {
            podSecurityRules.put(policy + "/" + rule.path("name").asString(""), ps);
          }
        }
      }
    }
    if (podSecurityRules.isEmpty()) {
      return List.of();
    }
    List<JsonNode> resources = new ArrayList<>();
    for (JsonNode resourceFile : test.path("resources")) {
      lenientDocuments(folder.resolve(resourceFile.asString())).forEach(d -> resources.add(d.tree()));
    }
    List<Case> cases = new ArrayList<>();
    for (JsonNode row : test.path("results")) {
      JsonNode ps = podSecurityRules.get(row.path("policy").asString("") + "/" + row.path("rule").asString(""));
      String expected = row.path("result").asString("");
      if (ps == null || !(expected.equals("pass") || expected.equals("fail"))) {
        continue;
      }
      List<String> names = new ArrayList<>(strings(row.path("resources")));
      if (row.has("resource")) {
        names.add(row.path("resource").asString(""));
      }
      for (String name : names) {
        JsonNode resource = resources.stream()
            .filter(r -> r.path("metadata").path("name").asString("").equals(name))
            .filter(r -> !row.has("kind") || r.path("kind").asString("").equals(row.path("kind").asString("")))
            .findFirst().orElseThrow(() -> new AssertionError("no resource " + name + " in " + testFile));
        cases.add(new Case(corpus.relativize(folder) + ": " + row.path("rule").asString("") + " " + name + " " + expected,
            folder, ps, resource, expected));
      }
    }
    return cases;
  }

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.asString("")));
    return out;
  }
}
