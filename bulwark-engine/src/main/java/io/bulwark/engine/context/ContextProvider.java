package io.bulwark.engine.context;

import io.bulwark.api.policy.KyvernoPolicy;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The engine's only way to the outside world for context entries and existing objects. The CLI serves it from values
 * files and test files (as {@code kyverno test} mocks them); the cluster mode will serve it from
 * the API server. Implementations are thread-safe. An entry a provider cannot serve gives its rule
 * an {@code error} naming the entry, never a crash.
 */
public interface ContextProvider {

  /** A ConfigMap as the API server returns it (data and metadata), or empty when not available. */
  default Optional<JsonNode> configMap(String namespace, String name) {
    return Optional.empty();
  }

  /**
   * The JSON answer of an API call: a Kubernetes API path ({@code urlPath}) or a service URL, with
   * method GET or POST and an optional body; empty when not available.
   */
  default Optional<JsonNode> apiCall(String urlPathOrUrl, String method, JsonNode body) {
    return Optional.empty();
  }

  /** The data of a GlobalContextEntry ({@code entry} or {@code entry.projection}), or empty. */
  default Optional<JsonNode> globalContext(String name) {
    return Optional.empty();
  }

  /** Image metadata from a registry ({@code imageRegistry} entries), or empty. */
  default Optional<JsonNode> imageData(String reference) {
    return Optional.empty();
  }

  /**
   * Whether entries that need a cluster or a registry (configMap, apiCall, globalReference,
   * imageRegistry) are served at all. The Kyverno CLI without a cluster skips them silently and
   * relies on values files instead; a provider that returns false does the same.
   */
  default boolean servesExternalEntries() {
    return false;
  }

  /**
   * Values that stand in for context entries of a rule (CLI values files: global values, then the
   * resource's values, then the rule's), as an object whose keys may be dotted paths; null when none.
   */
  default JsonNode values(KyvernoPolicy policy, String rule, JsonNode resource) {
    return null;
  }

  /** The values for the {@code index}-th element of a rule's foreach ({@code foreachValues}), or null. */
  default JsonNode foreachValues(KyvernoPolicy policy, String rule, int index) {
    return null;
  }

  /**
   * Existing objects that {@link ResourceQuery#matches} accepts, in a stable order; empty when none
   * is available (without a cluster, nothing is). Mutate-existing rules look up their targets with
   * it ({@code mutate.targets}; the CLI serves them from {@code --target-resource} files and a
   * Test's {@code targetResources}); generate rules their clone sources and the downstream objects
   * they may already have made (the CLI serves a Test's {@code cloneSourceResource} files).
   */
  default List<JsonNode> resources(ResourceQuery query) {
    return List.of();
  }

  /** A provider with nothing: every external entry is skipped, no values. */
  ContextProvider NONE = new ContextProvider() {};
}
