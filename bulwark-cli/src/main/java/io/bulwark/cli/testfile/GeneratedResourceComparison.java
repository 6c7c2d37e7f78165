package io.bulwark.cli.testfile;

import io.bulwark.engine.mutate.patch.MergePatch;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How {@code kyverno test} compares a generated resource with the one a test file expects: both
 * have their {@code generate.kyverno.io/*} labels dropped and {@code app.kubernetes.io/managed-by:
 * kyverno} set (Kyverno's FixupGenerateLabels), then are tidied (nulls, empty maps and empty lists
 * removed, recursively, numbers in one form per value); the JSON merge patch between them must be
 * {@code {}}.
 */
public final class GeneratedResourceComparison {

  static final String GENERATE_LABEL_PREFIX = "generate.kyverno.io/";
  private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private GeneratedResourceComparison() {}

  public static boolean matches(JsonNode actual, JsonNode expected) {
    JsonNode a = tidy(fixupLabels(actual));
    JsonNode e = tidy(fixupLabels(expected));
    JsonNode patch = MergePatch.diff(a == null ? EMPTY : a, e == null ? EMPTY : e);
    return patch.isObject() && patch.isEmpty();
  }

  /** A copy whose labels are {@code managed-by: kyverno} plus every label outside generate.kyverno.io/. */
  static JsonNode fixupLabels(JsonNode resource) {
    if (!(resource instanceof ObjectNode object)) {
      return resource;
    }
    ObjectNode copy = object.deepCopy();
    ObjectNode metadata = copy.get("metadata") instanceof ObjectNode m ? m : copy.putObject("metadata");
    ObjectNode labels = JsonNodeFactory.instance.objectNode();
    labels.put("app.kubernetes.io/managed-by", "kyverno");
    for (var entry : metadata.path("labels").properties()) {
      if (!entry.getKey().startsWith(GENERATE_LABEL_PREFIX)) {
        labels.set(entry.getKey(), entry.getValue());
      }
    }
    metadata.set("labels", labels);
    return copy;
  }

  /** Kyverno's TidyObject: null for nulls and for maps and lists that are empty once tidied. */
  static JsonNode tidy(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (var entry : node.properties()) {
        JsonNode value = tidy(entry.getValue());
        if (value != null) {
          out.set(entry.getKey(), value);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : node) {
        JsonNode value = tidy(item);
        if (value != null) {
          out.add(value);
        }
      }
      return out.isEmpty() ? null : out;
    }
    return node.isNumber() ? number(node) : node;
  }

  /**
   * One form per numeric value: Kyverno compares the two resources after decoding both into Go's
   * float64, so {@code 1} and {@code 1.0} are the same number.
   */
  private static JsonNode number(JsonNode node) {
    BigDecimal value = node.decimalValue().stripTrailingZeros();
    if (value.scale() <= 0 && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return LongNode.valueOf(value.longValueExact());
    }
    return DoubleNode.valueOf(value.doubleValue());
  }
}
