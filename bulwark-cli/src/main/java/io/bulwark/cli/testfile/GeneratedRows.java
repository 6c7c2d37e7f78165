package io.bulwark.cli.testfile;

import io.bulwark.api.problem.Problem;
import io.bulwark.cli.input.Inputs;
import io.bulwark.cli.values.Values;
import io.bulwark.engine.generate.Downstream;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.ReportResults;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Judges a test row against a generate rule's response, as {@code kyverno test} does: one row per
 * resource the rule generated (created or updated), named after that resource. Each is compared
 * with the expected resource when the row gives one ({@code Resource diff} when they differ,
 * {@code Resource error} when the file cannot be read), then the rule's result with the expected
 * one. A rule that generated nothing gives no row (the caller then reports the resource excluded).
 */
final class GeneratedRows {

  static final String DIFF_MESSAGE = "Patched resource didn't match the generated resource in the test result";

  private GeneratedRows() {}

  static List<RowOutcome> judge(TestFile.Expectation expectation, PolicyResponse response, RuleResponse rule,
      List<Downstream> generated, Path dir, Values values) {
    List<String> files = expectedFiles(expectation);
    List<JsonNode> expected = new ArrayList<>();
    String loadError = null;
    if (!files.isEmpty()) {
      var docs = Inputs.documents(files.stream().map(f -> dir.resolve(f).normalize().toString()).toList(),
          InputStream.nullInputStream());
      docs.items().forEach(doc -> expected.add(doc.tree()));
      loadError = docs.problems().stream().filter(Problem::isError).map(Problem::render).findFirst()
          .orElse(expected.isEmpty() ? "no resource in " + String.join(", ", files) : null);
    }
    var rows = new ArrayList<RowOutcome>();
    for (Downstream resource : generated) {
      if (resource.action() == Downstream.Action.DELETE) {
        continue;
      }
      String name = resource.name();
      if (!files.isEmpty()) {
        if (loadError != null) {
          rows.add(new RowOutcome(expectation, name, false, null, "Resource error", loadError,
              RowOutcome.Kind.COMPARED));
          continue;
        }
        if (ResourceComparison.difference(resource.object(), pick(expected, resource.object())).isPresent()) {
          boolean success = "fail".equals(expectation.result());
          rows.add(new RowOutcome(expectation, name, success, null, "Resource diff", DIFF_MESSAGE,
              RowOutcome.Kind.COMPARED, false));
          continue;
        }
      }
      String namespace = response.resource().path("metadata").path("namespace").asString("");
      RuleStatus actual = ReportResults.of(response.policy(), rule, false, namespace, values.namespaceLabels(namespace));
      boolean ok = actual.label().equals(expectation.result());
      rows.add(new RowOutcome(expectation, name, ok, actual.label(),
          ok ? "Ok" : "Want " + expectation.result() + ", got " + actual.label(), rule.message(),
          RowOutcome.Kind.COMPARED));
    }
    return rows;
  }

  private static List<String> expectedFiles(TestFile.Expectation expectation) {
    var files = new ArrayList<String>();
    if (!expectation.generatedResource().isEmpty()) {
      files.add(expectation.generatedResource());
    }
    files.addAll(expectation.generatedResources());
    return files;
  }

  /**
   * The expected resource for a generated one: the only one given, or the one with the same kind,
   * name and namespace among several ({@code generatedResources}); else the first.
   */
  private static JsonNode pick(List<JsonNode> expected, JsonNode actual) {
    if (expected.size() == 1) {
      return expected.get(0);
    }
    for (JsonNode candidate : expected) {
      if (same(candidate, actual, "kind") && sameMetadata(candidate, actual, "name")
          && sameMetadata(candidate, actual, "namespace")) {
        return candidate;
      }
    }
    return expected.get(0);
  }

  private static boolean same(JsonNode a, JsonNode b, String field) {
    return a.path(field).asString("").equals(b.path(field).asString(""));
  }

  private static boolean sameMetadata(JsonNode a, JsonNode b, String field) {
    return same(a.path("metadata"), b.path("metadata"), field);
  }
}
