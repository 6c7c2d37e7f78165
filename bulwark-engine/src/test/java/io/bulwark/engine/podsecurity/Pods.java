package io.bulwark.engine.podsecurity;

import io.bulwark.api.yaml.KubeYaml;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Test resources written as YAML. */
final class Pods {

  private Pods() {}

  static JsonNode yaml(String text) {
    return KubeYaml.parse("test.yaml", text).get(0).tree();
  }

  /** A Pod whose {@code spec} is the given YAML (indented as a top-level mapping). */
  static JsonNode podWithSpec(String specYaml) {
    return yaml("kind: Pod\nmetadata:\n  name: test\nspec:\n" + specYaml.indent(2));
  }

  /** The decoded pod of a Pod resource. */
  static Pod decode(JsonNode podResource) {
    return Workload.of(podResource).pod();
  }

  static Pod spec(String specYaml) {
    return decode(podWithSpec(specYaml));
  }

  static List<String> rendered(List<FieldError> errors) {
    return errors.stream().map(FieldError::render).toList();
  }
}
