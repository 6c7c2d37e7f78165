package io.bulwark.engine;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.ContextProvider;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves a golden case's {@code values.yaml}:
 *
 * <pre>
 * values:          {dotted.key: value}            # for every rule
 * rules:           {ruleName: {dotted.key: v}}     # for one rule
 * foreachValues:   {ruleName: {key: [v0, v1]}}     # element i of the rule's foreach gets vi
 * configMaps:      {"ns/name": {data: {...}}}
 * apiCalls:        {"GET /api/v1/...": {...}}      # method, space, urlPath or service URL
 * globalContext:   {entryName: {...}}
 * images:          {reference: {...}}
 * </pre>
 *
 * External entries are served only when one of the last four keys is present; otherwise they are
 * skipped as the Kyverno CLI does without a cluster.
 */
final class GoldenContextProvider implements ContextProvider {

  private final JsonNode values;

  GoldenContextProvider(JsonNode values) {
    this.values = values;
  }

  @Override
  public boolean servesExternalEntries() {
    return values.has("configMaps") || values.has("apiCalls") || values.has("globalContext") || values.has("images");
  }

  @Override
  public Optional<JsonNode> configMap(String namespace, String name) {
    return Optional.ofNullable(values.path("configMaps").get(namespace + "/" + name));
  }

  @Override
  public Optional<JsonNode> apiCall(String urlPathOrUrl, String method, JsonNode body) {
    return Optional.ofNullable(values.path("apiCalls").get(method + " " + urlPathOrUrl));
  }

  @Override
  public Optional<JsonNode> globalContext(String name) {
    return Optional.ofNullable(values.path("globalContext").get(name));
  }

  @Override
  public Optional<JsonNode> imageData(String reference) {
    return Optional.ofNullable(values.path("images").get(reference));
  }

  @Override
  public JsonNode values(KyvernoPolicy policy, String rule, JsonNode resource) {
    var merged = values.path("values").isObject() ? values.get("values").deepCopy()
        : JsonNodeFactory.instance.objectNode();
    JsonNode forRule = values.path("rules").path(rule);
    if (forRule.isObject()) {
      ((ObjectNode) merged).setAll((ObjectNode) forRule);
    }
    return merged.isEmpty() ? null : merged;
  }

  @Override
  public JsonNode foreachValues(KyvernoPolicy policy, String rule, int index) {
    JsonNode forRule = values.path("foreachValues").path(rule);
    if (!forRule.isObject()) {
      return null;
    }
    var out = JsonNodeFactory.instance.objectNode();
    forRule.properties().forEach(e -> {
      if (e.getValue().isArray() && index < e.getValue().size()) {
        out.set(e.getKey(), e.getValue().get(index));
      }
    });
    return out.isEmpty() ? null : out;
  }
}
