package io.bulwark.engine.jmespath.function;

import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.api.yaml.ParseResult;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code parse_yaml(s)}: the first YAML document in {@code s} as JSON, read with go-yaml v2's
 * rules as Kyverno's {@code yaml.YAMLToJSON} reads it ({@code yes} is true, {@code 0x1F} is 31,
 * timestamps stay strings), numbers as float64. An empty text gives null.
 */
final class ParseYamlFunction extends BaseFunction {

  ParseYamlFunction() {
    super(
        "parse_yaml",
        "any",
        "decodes a YAML text into the value it encodes, when JSON can represent it",
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String text = Args.string(name(), arguments, 0);
    ParseResult parsed = KubeYaml.parseLenient("parse_yaml", text);
    if (!parsed.documents().isEmpty() && parsed.documents().get(0).index() == 0) {
      return JsonValues.withFloat64Numbers(parsed.documents().get(0).tree());
    }
    if (!parsed.problems().isEmpty()) {
      Problem first = parsed.problems().get(0);
      throw KyvernoErrors.unwrapped(
          "error converting YAML to JSON: yaml: line "
              + first.location().line()
              + ": "
              + first.message());
    }
    return JsonValues.FACTORY.nullNode();
  }
}
