package io.bulwark.engine.mutate.patch;

import static io.bulwark.engine.KyvernoPolicyLibrary.lenientDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bulwark.api.yaml.YamlDocument;
import io.bulwark.engine.KyvernoPolicyLibrary;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kyverno's policy library: every {@code kyverno-test.yaml} row with {@code patchedResources}
 * whose policy mutates only with plain {@code patchStrategicMerge} rules. The policy's rules that
 * match the resource's kind are applied in order, and the result compared with the expected
 * patched resource as Kyverno's CLI compares it (empty maps, empty lists and nulls dropped; numbers
 * by value): equal for a {@code pass} or {@code skip} row, different for {@code fail}. The row's
 * own rule must have changed the resource for {@code pass} and not for {@code skip}.
 *
 * <p>Rows whose matching rules need more than a patch (variables, foreach, context, preconditions,
 * JSON patches, a match on more than kinds, names and matchLabels, autogen for Pod controllers)
 * are reported as aborted with the reason, so the count of what is checked stays visible. The corpus is taken from {@code
 * -Dbulwark.conformance.dir} or {@code BULWARK_CONFORMANCE_DIR}, else {@code ../shared/conformance};
 * the test is skipped when none exists.
 */
class StrategicMergeCorpusTest {

  private static final Set<String> POD_CONTROLLERS = Set.of(
      "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");

  /**
   * One row and resource. {@code expected} is the expected patched resource of that kind and name;
   * a {@code fail} row may name a file without one, and then {@code others} are the file's
   * documents, none of which the patched resource may equal.
   */
  private record Case(String name, Path folder, String excluded, List<JsonNode> rules, JsonNode resource,
      JsonNode expected, List<JsonNode> others, String rule, String result) {}

  @TestFactory
  Stream<DynamicTest> kyvernoPolicyLibraryStrategicMergeResults() {
    Path corpus = KyvernoPolicyLibrary.locate();
    List<Case> cases = new ArrayList<>();
    for (Path testFile : KyvernoPolicyLibrary.testFiles(corpus)) {
      cases.addAll(cases(corpus, testFile));
    }
    assumeTrue(!cases.isEmpty(), "no patchStrategicMerge policies in " + corpus);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.folder().toUri(), () -> run(c)));
  }

  private static void run(Case c) {
    if (c.excluded() != null) {
      abort("not a plain patchStrategicMerge case: " + c.excluded());
    }
    JsonNode resource = c.resource();
    boolean ruleChanged = false;
    for (JsonNode rule : c.rules()) {
      JsonNode patched = StrategicMergePatch.apply(resource, rule.path("mutate").path("patchStrategicMerge"));
      if (rule.path("name").asString("").equals(c.rule())) {
        ruleChanged = !normalize(patched).equals(normalize(resource));
      }
      resource = patched;
    }
    if (c.result().equals("fail")) {
      List<JsonNode> candidates = c.expected() != null ? List.of(c.expected()) : c.others();
      for (JsonNode candidate : candidates) {
        assertThat(normalize(resource)).as("patched resource differs from the expected one").isNotEqualTo(normalize(candidate));
      }
      return;
    }
    assertThat(normalize(resource)).isEqualTo(normalize(c.expected()));
    assertThat(ruleChanged).as("rule " + c.rule() + " changed the resource").isEqualTo(c.result().equals("pass"));
  }

  private static List<Case> cases(Path corpus, Path testFile) {
    Path folder = testFile.getParent();
    JsonNode test = lenientDocuments(testFile).get(0).tree();
    Map<String, JsonNode> policies = new HashMap<>();
    for (JsonNode policyFile : test.path("policies")) {
      Path path = folder.resolve(policyFile.asString());
      if (!Files.isRegularFile(path)) {
        continue;
      }
      for (YamlDocument doc : lenientDocuments(path)) {
        String kind = doc.tree().path("kind").asString("");
        if (kind.equals("ClusterPolicy") || kind.equals("Policy")) {
          policies.put(doc.tree().path("metadata").path("name").asString(""), doc.tree());
        }
      }
    }
    if (policies.values().stream().noneMatch(StrategicMergeCorpusTest::usesStrategicMerge)) {
      return List.of();
    }
    List<JsonNode> resources = new ArrayList<>();
    for (JsonNode resourceFile : test.path("resources")) {
      Path path = folder.resolve(resourceFile.asString());
      if (Files.isRegularFile(path)) {
        lenientDocuments(path).forEach(d -> resources.add(d.tree()));
      }
    }
    List<Case> cases = new ArrayList<>();
    for (JsonNode row : test.path("results")) {
      String patchedFile = row.path("patchedResources").asString(row.path("patchedResource").asString(""));
      JsonNode policy = policies.get(row.path("policy").asString(""));
      if (patchedFile.isEmpty() || policy == null || !usesStrategicMerge(policy)) {
        continue;
      }
      String kind = row.path("kind").asString("");
      for (JsonNode resourceName : row.path("resources")) {
        String name = resourceName.asString("");
        String caseName = corpus.relativize(folder) + ": " + row.path("rule").asString("") + " " + name + " "
            + row.path("result").asString("");
        JsonNode resource = find(resources, kind, name);
        Path patchedPath = folder.resolve(patchedFile);
        List<JsonNode> patchedDocuments = !Files.isRegularFile(patchedPath) ? List.of()
            : lenientDocuments(patchedPath).stream().map(YamlDocument::tree).toList();
        JsonNode expected = find(patchedDocuments, kind, name);
        String result = row.path("result").asString("");
        String excluded = exclusion(policy, resource, expected != null || (result.equals("fail") && !patchedDocuments.isEmpty()));
        List<JsonNode> rules = excluded != null ? List.of() : matchingRules(policy, resource);
        cases.add(new Case(caseName, folder, excluded, rules, resource, expected, patchedDocuments,
            row.path("rule").asString(""), result));
      }
    }
    return cases;
  }

  private static boolean usesStrategicMerge(JsonNode policy) {
    for (JsonNode rule : policy.path("spec").path("rules")) {
      if (rule.path("mutate").has("patchStrategicMerge")) {
        return true;
      }
    }
    return false;
  }

  /** Why the case needs more than the patch itself, or null when it does not. */
  private static String exclusion(JsonNode policy, JsonNode resource, boolean expectationFound) {
    if (resource == null || !expectationFound) {
      return "resource or expected patched resource not found by kind and name";
    }
    for (JsonNode rule : policy.path("spec").path("rules")) {
      JsonNode mutate = rule.path("mutate");
      if (mutate.isMissingNode()) {
        continue;
      }
      if (kindsOf(rule) == null) {
        return "rule " + rule.path("name").asString("") + " matches on more than kinds, names and labels";
      }
      boolean autogen = POD_CONTROLLERS.contains(resource.path("kind").asString("")) && kindsOf(rule).contains("Pod");
      if (!matches(rule, resource) && !autogen) {
        continue;
      }
      if (!mutate.has("patchStrategicMerge") || mutate.size() != 1) {
        return "rule " + rule.path("name").asString("") + " mutates with more than patchStrategicMerge";
      }
      if (mutate.get("patchStrategicMerge").toString().contains("{{")) {
        return "rule " + rule.path("name").asString("") + " substitutes variables";
      }
      for (String feature : List.of("context", "preconditions", "exclude")) {
        if (rule.has(feature)) {
          return "rule " + rule.path("name").asString("") + " has " + feature;
        }
      }
      if (autogen && !policy.path("metadata").path("annotations").path("pod-policies.kyverno.io/autogen-controllers")
              .asString("").equals("none")) {
        return "rule " + rule.path("name").asString("") + " reaches Pod controllers through autogen";
      }
    }
    return null;
  }

  /** The mutate rules that match the resource, in order. */
  private static List<JsonNode> matchingRules(JsonNode policy, JsonNode resource) {
    List<JsonNode> rules = new ArrayList<>();
    for (JsonNode rule : policy.path("spec").path("rules")) {
      if (rule.has("mutate") && matches(rule, resource)) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /** The kinds a rule matches (without group and version), or null when it matches on more. */
  private static List<String> kindsOf(JsonNode rule) {
    List<JsonNode> filters = resourceFilters(rule);
    if (filters == null) {
      return null;
    }
    List<String> kinds = new ArrayList<>();
    for (JsonNode filter : filters) {
      for (JsonNode kind : filter.path("kinds")) {
        String text = kind.asString("");
        kinds.add(text.substring(text.lastIndexOf('/') + 1));
      }
    }
    return kinds;
  }

  /**
   * The {@code resources} blocks of a rule's match (any, all, or the legacy single one), or null
   * when the match uses anything this test does not evaluate: only kinds, names and label
   * selectors with {@code matchLabels} are.
   */
  private static List<JsonNode> resourceFilters(JsonNode rule) {
    JsonNode match = rule.path("match");
    List<JsonNode> filters = new ArrayList<>();
    match.path("any").forEach(filters::add);
    match.path("all").forEach(filters::add);
    if (match.has("resources")) {
      filters.add(match);
    }
    List<JsonNode> resources = new ArrayList<>();
    for (JsonNode filter : filters) {
      if (filter.size() != 1 || !filter.has("resources")) {
        return null;
      }
      JsonNode block = filter.path("resources");
      for (String field : block.propertyNames()) {
        if (!Set.of("kinds", "names", "selector").contains(field)) {
          return null;
        }
      }
      JsonNode selector = block.path("selector");
      if (!selector.isMissingNode() && (selector.size() != 1 || !selector.has("matchLabels"))) {
        return null;
      }
      resources.add(block);
    }
    return match.has("all") ? null : resources;
  }

  private static boolean matches(JsonNode rule, JsonNode resource) {
    for (JsonNode block : resourceFilters(rule)) {
      boolean kind = false;
      for (JsonNode k : block.path("kinds")) {
        String text = k.asString("");
        kind |= text.substring(text.lastIndexOf('/') + 1).equals(resource.path("kind").asString(""));
      }
      boolean name = !block.has("names");
      for (JsonNode n : block.path("names")) {
        name |= resource.path("metadata").path("name").asString("").matches(n.asString("").replace("*", ".*").replace("?", "."));
      }
      boolean labels = true;
      for (Map.Entry<String, JsonNode> label : block.path("selector").path("matchLabels").properties()) {
        labels &= resource.path("metadata").path("labels").path(label.getKey()).asString("").equals(label.getValue().asString(""));
      }
      if (kind && name && labels) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode find(List<JsonNode> documents, String kind, String name) {
    String namespace = name.contains("/") ? name.substring(0, name.indexOf('/')) : null;
    String shortName = name.substring(name.indexOf('/') + 1);
    return documents.stream()
        .filter(d -> d.path("metadata").path("name").asString("").equals(shortName))
        .filter(d -> kind.isEmpty() || d.path("kind").asString("").equals(kind))
        .filter(d -> namespace == null
            || d.path("metadata").path("namespace").asString("default").equals(namespace))
        .findFirst()
        .orElse(null);
  }

  /**
   * Kyverno's CLI comparison: empty maps, empty lists and nulls do not count; numbers by value;
   * the CLI puts resources without a namespace in {@code default}, so that one is left out.
   */
  static JsonNode normalize(JsonNode resource) {
    JsonNode tree = normalizeTree(resource);
    if (tree instanceof ObjectNode object && object.path("metadata") instanceof ObjectNode metadata
        && metadata.path("namespace").asString("").equals("default")) {
      metadata.remove("namespace");
    }
    return tree;
  }

  private static JsonNode normalizeTree(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = normalizeTree(field.getValue());
        if (value != null && !(value.isContainer() && value.isEmpty())) {
          out.set(field.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : node.values()) {
        JsonNode value = normalizeTree(element);
        out.add(value == null ? JsonNodeFactory.instance.nullNode() : value);
      }
      return out;
    }
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return value.scale() <= 0
          ? JsonNodeFactory.instance.numberNode(value.toBigIntegerExact())
          : JsonNodeFactory.instance.numberNode(value);
    }
    return node;
  }
}
