package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parse_json(s)}: the JSON value written in {@code s}, numbers read as float64 the way Go
 * reads them. Invalid JSON fails with Go's message alone ({@code invalid character 'x' looking for
 * beginning of value}), as Kyverno returns it.
 */
final class ParseJsonFunction extends BaseFunction {

  private static final JsonMapper MAPPER =
      new JsonMapper(
          JsonFactory.builder()
              // Go's decoder nests up to 10000 levels and has no length limits.
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(10_000)
                      .maxStringLength(Integer.MAX_VALUE)
                      .maxNumberLength(Integer.MAX_VALUE)
                      .build())
              .build());

  ParseJsonFunction() {
    super(
        "parse_json",
        "any",
        "decodes a JSON text into the value it encodes; the opposite of to_string",
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String text = Args.string(name(), arguments, 0);
    GoJson.syntaxError(text)
        .ifPresent(
            message -> {
              throw KyvernoErrors.unwrapped(message);
            });
    return JsonValues.withFloat64Numbers(MAPPER.readTree(text));
  }
}
