package io.bulwark.cli.testfile;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How {@code kyverno test} compares a generated resource with the one a test file expects: both
 * have their {@code generate.kyverno.io/*} labels dropped and {@code app.kubernetes.io/managed-by:
 * kyverno} set (Kyverno's FixupGenerateLabels), then are tidied (nulls, empty maps and empty lists
 * removed, recursively) and must then be equal: the JSON merge patch between them is {@code {}}.
 * Numbers compare by value, as they do once Kyverno has read both into float64s.
 */
public final class GeneratedResourceComparison {

  static final String GENERATE_LABEL_PREFIX = "generate.kyverno.io/";

  private GeneratedResourceComparison() {}

  public static boolean matches(JsonNode actual, JsonNode expected) {
    return equivalent(tidy(fixupLabels(actual)), tidy(fixupLabels(expected)));
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
    return node;
  }

  static boolean equivalent(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
        var entry = it.next();
        if (!equivalent(entry.getValue(), b.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equivalent(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
