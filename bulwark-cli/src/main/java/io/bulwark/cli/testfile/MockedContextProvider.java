package io.bulwark.cli.testfile;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.ResourceQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A test file's mocks of the outside world, over the values-file provider: {@code apiCallResponses}
 * answer {@code apiCall} entries by URL path (or service URL) and method, {@code
 * globalContextEntries} answer {@code globalReference} entries by name (their {@code data}, or a
 * {@code projections[].name} as {@code entry.projection}). When the test file mocks nothing,
 * external entries are left out as {@code kyverno test} leaves them out.
 */
final class MockedContextProvider implements ContextProvider {

  private final ContextProvider values;
  private final Map<String, JsonNode> apiCalls = new LinkedHashMap<>();
  private final Map<String, JsonNode> globals = new LinkedHashMap<>();
  private final List<JsonNode> clusterResources;

  MockedContextProvider(ContextProvider values, JsonNode apiCallResponses, JsonNode globalContextEntries) {
    this(values, apiCallResponses, globalContextEntries, List.of());
  }

  MockedContextProvider(ContextProvider values, JsonNode apiCallResponses, JsonNode globalContextEntries,
      List<JsonNode> clusterResources) {
    this.values = values;
    this.clusterResources = List.copyOf(clusterResources);
    if (apiCallResponses != null && apiCallResponses.isArray()) {
      for (JsonNode mock : apiCallResponses) {
        String target = mock.hasNonNull("urlPath") ? mock.get("urlPath").asString("") : mock.path("url").asString("");
        String method = mock.path("method").asString("GET");
        JsonNode response = mock.path("response");
        int status = response.path("statusCode").asInt(200);
        if (status >= 200 && status < 300) {
          apiCalls.put(method + " " + target, response.path("body"));
        }
      }
    }
    if (globalContextEntries != null && globalContextEntries.isArray()) {
      for (JsonNode entry : globalContextEntries) {
        String name = entry.path("name").asString("");
        JsonNode data = entry.path("data");
        globals.put(name, data);
        for (JsonNode projection : entry.path("projections")) {
          String path = projection.path("path").asString(projection.path("jmesPath").asString(""));
          if (!path.isEmpty()) {
            globals.put(name + "." + projection.path("name").asString(""),
                io.bulwark.engine.context.JsonContext.compile(path).search(data));
          }
        }
      }
    }
  }

  @Override
  public Optional<JsonNode> apiCall(String urlPathOrUrl, String method, JsonNode body) {
    return Optional.ofNullable(apiCalls.get(method + " " + urlPathOrUrl));
  }

  @Override
  public Optional<JsonNode> globalContext(String name) {
    return Optional.ofNullable(globals.get(name));
  }

  @Override
  public boolean servesExternalEntries() {
    return !apiCalls.isEmpty() || !globals.isEmpty();
  }

  /** The test's clone sources, then the target resources the values provider serves. */
  @Override
  public List<JsonNode> resources(ResourceQuery query) {
    var found = new java.util.ArrayList<JsonNode>(clusterResources.stream().filter(query::matches).toList());
    found.addAll(values.resources(query));
    return found;
  }

  @Override
  public JsonNode values(KyvernoPolicy policy, String rule, JsonNode resource) {
    return values.values(policy, rule, resource);
  }

  @Override
  public JsonNode foreachValues(KyvernoPolicy policy, String rule, int index) {
    return values.foreachValues(policy, rule, index);
  }
}
