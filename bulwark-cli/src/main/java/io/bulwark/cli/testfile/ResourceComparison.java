package io.bulwark.cli.testfile;

import io.bulwark.cli.output.ResourceYaml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How {@code kyverno test} compares the resource the engine produced with the one a test file
 * expects ({@code patchedResources}, {@code generatedResource}): both are tidied (nulls, empty
 * maps and empty lists dropped, at every depth) and their labels fixed up (labels under {@code
 * generate.kyverno.io/} dropped, {@code app.kubernetes.io/managed-by: kyverno} added unless set);
 * then the JSON merge patch from one to the other must be {@code {}}. For two objects that is
 * exactly equality, with numbers compared by value as Go's JSON decoding compares them ({@code 1}
 * equals {@code 1.0}). Stateless.
 */
public final class ResourceComparison {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String GENERATE_LABELS = "generate.kyverno.io/";
  private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  private ResourceComparison() {}

  /**
   * Empty when the two resources compare equal; otherwise the difference, one line per YAML line
   * that differs: {@code - } for a line only in the expected resource, {@code + } for one only in
   * the actual one.
   */
  public static Optional<String> difference(JsonNode actual, JsonNode expected) {
    JsonNode a = tidy(withFixedUpLabels(actual));
    JsonNode e = tidy(withFixedUpLabels(expected));
    if (a.equals(e)) {
      return Optional.empty();
    }
    return Optional.of(lineDiff(ResourceYaml.write(e), ResourceYaml.write(a)));
  }

  /**
   * The tree without nulls, empty objects and empty arrays (an array loses its elements that tidy
   * to nothing); numbers in one form per value. An object that tidies to nothing is {@code {}}.
   */
  public static JsonNode tidy(JsonNode node) {
    JsonNode tidied = tidyOrNull(node);
    return tidied == null ? NODES.objectNode() : tidied;
  }

  private static JsonNode tidyOrNull(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (var entry : node.properties()) {
        JsonNode value = tidyOrNull(entry.getValue());
        if (value != null) {
          out.set(entry.getKey(), value);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (JsonNode item : node) {
        JsonNode value = tidyOrNull(item);
        if (value != null) {
          out.add(value);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isNumber()) {
      return canonicalNumber(node);
    }
    return node;
  }

  /** Go decodes every JSON number into a float64, so 1, 1.0 and 1e0 are one value. */
  private static JsonNode canonicalNumber(JsonNode number) {
    if (number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue())) {
      return number;
    }
    BigDecimal value = number.decimalValue().stripTrailingZeros();
    if (value.scale() <= 0) {
      return NODES.numberNode(value.toBigIntegerExact());
    }
    return NODES.numberNode(value.doubleValue());
  }

  /**
   * Kyverno's label fix-up, applied to both sides before comparing: the labels become {@code
   * app.kubernetes.io/managed-by: kyverno} overlaid with every label not under {@code
   * generate.kyverno.io/}.
   */
  static JsonNode withFixedUpLabels(JsonNode resource) {
    if (!(resource instanceof ObjectNode resourceObject)) {
      return resource;
    }
    ObjectNode copy = resourceObject.deepCopy();
    ObjectNode labels = NODES.objectNode();
    labels.put(MANAGED_BY, "kyverno");
    for (var entry : resource.path("metadata").path("labels").properties()) {
      if (!entry.getKey().startsWith(GENERATE_LABELS)) {
        labels.set(entry.getKey(), entry.getValue());
      }
    }
    JsonNode metadata = copy.get("metadata");
    ObjectNode writable = metadata instanceof ObjectNode object ? object : copy.putObject("metadata");
    writable.set("labels", labels);
    return copy;
  }

  /** A longest-common-subsequence diff of two texts, by line, keeping only the lines that differ. */
  static String lineDiff(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int[][] common = new int[e.length + 1][a.length + 1];
    for (int i = e.length - 1; i >= 0; i--) {
      for (int j = a.length - 1; j >= 0; j--) {
        common[i][j] = e[i].equals(a[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < e.length || j < a.length) {
      if (i < e.length && j < a.length && e[i].equals(a[j])) {
        i++;
        j++;
      } else if (j >= a.length || (i < e.length && common[i + 1][j] >= common[i][j + 1])) {
        lines.add("- " + e[i++]);
      } else {
        lines.add("+ " + a[j++]);
      }
    }
    lines.removeIf(line -> line.equals("- ") || line.equals("+ "));
    return String.join("\n", lines);
  }
}
