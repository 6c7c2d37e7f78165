package io.bulwark.cli.testfile;

import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code kyverno-test.yaml} document into a {@link TestFile}, reporting every problem with
 * its position. The pre-1.10 schema (top-level {@code name}, no apiVersion/kind) is rejected as
 * Kyverno rejects it: with a pointer to the current schema.
 */
public final class TestFileParser {

  private static final Set<String> RESULTS = Set.of("pass", "fail", "warn", "error", "skip");
  private static final Set<String> CEL_FLAGS = Set.of("isValidatingAdmissionPolicy", "isMutatingAdmissionPolicy",
      "isValidatingPolicy", "isDeletingPolicy", "isImageValidatingPolicy", "isGeneratingPolicy", "isMutatingPolicy");

  private TestFileParser() {}

  public static TestFile parse(Path path, String displayPath, YamlDocument document, ProblemSink sink) {
    JsonNode root = document.tree();
    if (!root.isObject()) {
      sink.error(FieldPath.root(), "a test file must be an object");
      return null;
    }
    if (!root.has("apiVersion") || !root.has("kind")) {
      sink.error(FieldPath.root(), "test file uses a deprecated schema (no apiVersion/kind); add"
          + " 'apiVersion: cli.kyverno.io/v1alpha1' and 'kind: Test' and move 'name' to 'metadata.name'");
      return null;
    }
    if (!"Test".equals(root.path("kind").asString(""))) {
      sink.error(FieldPath.of("kind"), "expected kind Test, got \"" + root.path("kind").asString("") + "\"");
      return null;
    }
    String name = root.path("metadata").path("name").asString(root.path("name").asString(""));
    var results = new ArrayList<TestFile.Expectation>();
    JsonNode rows = root.path("results");
    if (!rows.isMissingNode() && !rows.isNull() && !rows.isArray()) {
      sink.error(FieldPath.of("results"), "expected a list");
    } else if (rows.isArray()) {
      for (int i = 0; i < rows.size(); i++) {
        TestFile.Expectation row = expectation(rows.get(i), FieldPath.of("results").index(i), sink);
        if (row != null) {
          results.add(row);
        }
      }
    }
    return new TestFile(path, displayPath, name,
        strings(root, "policies", sink), strings(root, "resources", sink), strings(root, "exceptions", sink),
        strings(root, "targetResources", sink), text(root, "variables", sink), root.get("values"),
        text(root, "userinfo", sink), results, root.get("apiCallResponses"), root.get("globalContextEntries"));
  }

  private static TestFile.Expectation expectation(JsonNode row, FieldPath path, ProblemSink sink) {
    if (!row.isObject()) {
      sink.error(path, "expected an object");
      return null;
    }
    String policy = row.path("policy").asString("");
    if (policy.isEmpty()) {
      sink.error(path.child("policy"), "required field is missing");
      return null;
    }
    String result = row.path("result").asString(row.path("status").asString(""));
    if (!RESULTS.contains(result)) {
      sink.error(path.child(row.has("result") ? "result" : "status"), result.isEmpty()
          ? "required field is missing: one of pass, fail, warn, error, skip"
          : "unsupported result \"" + result + "\"; use pass, fail, warn, error or skip");
      return null;
    }
    var resources = new ArrayList<String>();
    JsonNode list = row.get("resources");
    if (list != null && list.isArray()) {
      list.forEach(item -> resources.add(item.asString("")));
    } else if (row.path("resource").isString()) {
      resources.add(row.get("resource").stringValue());
    }
    JsonNode specs = row.get("resourceSpecs");
    if (specs != null && specs.isArray()) {
      for (JsonNode spec : specs) {
        String ns = spec.path("namespace").asString("");
        String n = spec.path("name").asString("");
        resources.add(ns.isEmpty() ? n : ns + "/" + n);
      }
    }
    String patched = row.path("patchedResources").asString(row.path("patchedResource").asString(""));
    boolean cel = CEL_FLAGS.stream().anyMatch(flag -> row.path(flag).asBoolean(false));
    return new TestFile.Expectation(policy, row.path("rule").asString(""), resources,
        row.path("kind").asString(""), result, row.path("operation").asString(""), patched,
        row.path("generatedResource").asString(""), row.path("cloneSourceResource").asString(""), cel,
        sink.locate(path), generatedResources(row, path, sink));
  }

  /** {@code generatedResources}: files of expected generated resources, besides {@code generatedResource}. */
  private static List<String> generatedResources(JsonNode row, FieldPath path, ProblemSink sink) {
    var out = new ArrayList<String>();
    JsonNode list = row.get("generatedResources");
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      sink.error(path.child("generatedResources"), "expected a list of file paths");
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isString()) {
        sink.error(path.child("generatedResources").index(i), "expected a file path");
      } else {
        out.add(list.get(i).stringValue());
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode root, String field, ProblemSink sink) {
    var out = new ArrayList<String>();
    JsonNode list = root.get(field);
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      sink.error(FieldPath.of(field), "expected a list of file paths");
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isString()) {
        sink.error(FieldPath.of(field).index(i), "expected a file path");
      } else {
        out.add(list.get(i).stringValue());
      }
    }
    return out;
  }

  private static String text(JsonNode root, String field, ProblemSink sink) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      sink.error(FieldPath.of(field), "expected a file path");
      return null;
    }
    return value.stringValue();
  }
}
