package io.bulwark.engine.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ContextLoaderTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static JsonContext context() {
    return JsonContext.of((ObjectNode) json("""
        {"request": {"operation": "CREATE", "namespace": "shop",
          "object": {"metadata": {"name": "web", "labels": {"app": "shop"}}}}}"""));
  }

  private static List<JsonNode> entries(String array) {
    var out = new ArrayList<JsonNode>();
    json(array).forEach(out::add);
    return out;
  }

  /** Serves one config map, one API answer, one global context entry and one image. */
  private static final ContextProvider SERVING = new ContextProvider() {
    @Override
    public boolean servesExternalEntries() {
      return true;
    }

    @Override
    public Optional<JsonNode> configMap(String namespace, String name) {
      return namespace.equals("shop") && name.equals("settings")
          ? Optional.of(json("{\"data\": {\"tier\": \"gold\"}}")) : Optional.empty();
    }

    @Override
    public Optional<JsonNode> apiCall(String urlPathOrUrl, String method, JsonNode body) {
      return urlPathOrUrl.equals("/api/v1/namespaces/shop") && method.equals("GET")
          ? Optional.of(json("{\"metadata\": {\"labels\": {\"env\": \"prod\"}}}")) : Optional.empty();
    }

    @Override
    public Optional<JsonNode> globalContext(String name) {
      return name.equals("registries") ? Optional.of(json("{\"allowed\": [\"ghcr.io\"]}")) : Optional.empty();
    }

    @Override
    public Optional<JsonNode> imageData(String reference) {
      return reference.equals("ghcr.io/org/app:v1") ? Optional.of(json("{\"manifest\": {\"layers\": []}}"))
          : Optional.empty();
    }
  };

  static Stream<Arguments> loads() {
    return Stream.of(
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": {\"a\": [1, 2]}}}", "{\"a\": [1, 2]}"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": {\"a\": [1, 2]}, \"jmesPath\": \"a[1]\"}}", "2"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": \"{{ request.object.metadata.name }}\"}}", "\"web\""),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"request.object.metadata.labels.app\"}}",
            "\"shop\""),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"request.object.metadata.labels.{{ 'app' }}\"}}",
            "\"shop\""),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"request.object.spec\", \"default\": \"none\"}}",
            "\"none\""),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"request.object.metadata.labels.x || null\","
            + " \"default\": {\"k\": \"{{ request.namespace }}\"}}}", "{\"k\": \"shop\"}"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": [1], \"jmesPath\": \"to_string(@\", \"default\": 0}}",
            "0"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"default\": [\"d\"]}}", "[\"d\"]"),
        Arguments.of("{\"name\": \"v\", \"configMap\": {\"name\": \"settings\", \"namespace\": \"{{ request.namespace }}\"}}",
            "{\"data\": {\"tier\": \"gold\"}}"),
        Arguments.of("{\"name\": \"v\", \"apiCall\": {\"urlPath\": \"/api/v1/namespaces/{{ request.namespace }}\","
            + " \"jmesPath\": \"metadata.labels.env\"}}", "\"prod\""),
        Arguments.of("{\"name\": \"v\", \"apiCall\": {\"urlPath\": \"/api/v1/nodes\", \"default\": []}}", "[]"),
        Arguments.of("{\"name\": \"v\", \"globalReference\": {\"name\": \"registries\", \"jmesPath\": \"allowed[0]\"}}",
            "\"ghcr.io\""),
        Arguments.of("{\"name\": \"v\", \"imageRegistry\": {\"reference\": \"ghcr.io/org/app:v1\"}}",
            "{\"manifest\": {\"layers\": []}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("loads")
  void entriesLoadTheirValue(String entry, String expected) {
    JsonContext context = context();
    new ContextLoader(SERVING).load(entries("[" + entry + "]"), context);
    assertThat(context.query("v")).isEqualTo(json(expected));
  }

  @Test
  void laterEntriesSeeEarlierOnes() {
    JsonContext context = context();
    new ContextLoader(ContextProvider.NONE).load(entries("""
        [{"name": "a", "variable": {"value": 2}},
         {"name": "b", "variable": {"jmesPath": "multiply(a, `3`)"}}]"""), context);
    assertThat(context.query("b")).isEqualTo(json("6"));
  }

  @Test
  void externalEntriesAreSkippedWhenTheProviderServesNone() {
    JsonContext context = context();
    new ContextLoader(ContextProvider.NONE).load(entries("""
        [{"name": "cm", "configMap": {"name": "settings", "namespace": "shop"}},
         {"name": "call", "apiCall": {"urlPath": "/api/v1/namespaces"}},
         {"name": "ref", "globalReference": {"name": "registries"}},
         {"name": "img", "imageRegistry": {"reference": "nginx"}}]"""), context);
    assertThat(context.data().has("cm") || context.data().has("call") || context.data().has("ref")
        || context.data().has("img")).isFalse();
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"request.object.metadata.labels.x || null\"}}",
            "failed to add context entry for variable v since it evaluated to nil"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": {\"a\": 1}, \"jmesPath\": \"b\"}}",
            "failed to apply jmespath b to variable {\"a\":1}: Unknown key \"b\" in path"),
        // A query of the value that succeeds with null wins over the default.
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": {\"a\": 1}, \"jmesPath\": \"a.b\", \"default\": 1}}",
            "failed to add context entry for variable v since it evaluated to nil"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"request.object.spec\"}}",
            "failed to apply jmespath request.object.spec to variable <nil>: JMESPath query failed: Unknown key"
                + " \"spec\" in path"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"value\": \"{{ request.object.spec }}\"}}",
            "failed to substitute variables in context entry v \"{{ request.object.spec }}\": failed to resolve"
                + " request.object.spec at path : JMESPath query failed: Unknown key \"spec\" in path"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"{{ request.object.spec }}\"}}",
            "failed to substitute variables in context entry v {{ request.object.spec }}: failed to resolve"
                + " request.object.spec at path : JMESPath query failed: Unknown key \"spec\" in path"),
        Arguments.of("{\"name\": \"v\", \"variable\": {\"jmesPath\": \"{{ request.object.metadata }}\"}}",
            "jmespath value must be a string v {{ request.object.metadata }}: <nil>"),
        Arguments.of("{\"name\": \"v\", \"configMap\": {\"name\": \"missing\", \"namespace\": \"shop\"}}",
            "failed to load context entry v: configmap shop/missing not found"),
        Arguments.of("{\"name\": \"v\", \"apiCall\": {\"urlPath\": \"/api/v1/nodes\"}}",
            "failed to load context entry v: the API call GET /api/v1/nodes returned no data"),
        Arguments.of("{\"name\": \"v\", \"apiCall\": {\"method\": \"POST\", \"service\": {\"url\": \"https://x\"}}}",
            "failed to load context entry v: the API call POST https://x returned no data"),
        Arguments.of("{\"name\": \"v\", \"globalReference\": {\"name\": \"missing\"}}",
            "failed to load context entry v: global context entry missing not found"),
        Arguments.of("{\"name\": \"v\", \"imageRegistry\": {\"reference\": \"nginx\"}}",
            "failed to load context entry v: image data for nginx not available"),
        Arguments.of("{\"name\": \"v\"}",
            "context entry v has no variable, configMap, apiCall, globalReference or imageRegistry"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("errors")
  void failuresUseKyvernosWording(String entry, String message) {
    assertThatThrownBy(() -> new ContextLoader(SERVING).load(entries("[" + entry + "]"), context()))
        .isInstanceOf(ContextException.class)
        .hasMessage(message);
  }

  @Test
  void aBadJmesPathOnAValueNamesTheQueryAndTheValue() {
    assertThatThrownBy(() -> new ContextLoader(SERVING).load(
        entries("[{\"name\": \"v\", \"variable\": {\"value\": [1, 2], \"jmesPath\": \"to_string(@\"}}]"), context()))
        .isInstanceOf(ContextException.class)
        .hasMessageStartingWith("failed to apply jmespath to_string(@ to variable [1,2]: ");
  }

  @Test
  void loadingLenientlyLeavesFailedEntriesOutAndGoesOn() {
    JsonContext context = context();
    List<ContextException> failures = new ContextLoader(SERVING).loadLeniently(entries("""
        [{"name": "nil", "variable": {"jmesPath": "request.object.metadata.labels.x || null"}},
         {"name": "cm", "configMap": {"name": "missing", "namespace": "shop"}},
         {"name": "ok", "variable": {"value": "fine"}}]"""), context);

    assertThat(failures).extracting(ContextException::getMessage).containsExactly(
        "failed to add context entry for variable nil since it evaluated to nil",
        "failed to load context entry cm: configmap shop/missing not found");
    assertThat(context.data().has("nil")).isFalse();
    assertThat(context.data().has("cm")).isFalse();
    assertThat(context.query("ok")).isEqualTo(json("\"fine\""));
  }

  @Test
  void loadingLenientlyStillRejectsAnEntryOfNoKnownType() {
    assertThatThrownBy(() -> new ContextLoader(SERVING).loadLeniently(entries("[{\"name\": \"v\"}]"), context()))
        .isInstanceOf(ContextException.class)
        .hasMessage("context entry v has no variable, configMap, apiCall, globalReference or imageRegistry");
  }
}
