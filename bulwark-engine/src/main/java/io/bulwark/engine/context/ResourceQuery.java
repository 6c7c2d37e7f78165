package io.bulwark.engine.context;

import io.bulwark.api.policy.LabelSelector;
import io.bulwark.engine.match.LabelSelectorMatcher;
import io.bulwark.engine.wildcard.Wildcard;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which existing objects a mutate-existing target asks for, as Kyverno's client looks them up:
 * objects of {@code apiVersion} and {@code kind} (wildcards allowed in both), in {@code namespace}
 * and named {@code name}. Namespace and name are wildcard patterns; an empty one matches any, but
 * a name is only considered once the namespace matches (Kyverno's rule: with a namespace pattern,
 * the namespace must match first). {@code selector}, when not null, must select the object's
 * labels. A provider may filter its objects with {@link #matches}. Immutable.
 */
public record ResourceQuery(String apiVersion, String kind, String namespace, String name, LabelSelector selector) {

  public ResourceQuery {
    apiVersion = apiVersion == null ? "" : apiVersion;
    kind = kind == null ? "" : kind;
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
  }

  /**
   * Whether the query names one object (namespace and name given, no wildcard): Kyverno fetches it
   * directly, and its absence is an error rather than an empty result.
   */
  public boolean isDirect() {
    return !namespace.isEmpty() && !name.isEmpty() && !Wildcard.containsWildcard(namespace)
        && !Wildcard.containsWildcard(name);
  }

  /** Whether {@code object} is one of the objects this query asks for. */
  public boolean matches(JsonNode object) {
    if (object == null || !object.isObject()) {
      return false;
    }
    if (!matchesOrEmpty(apiVersion, object.path("apiVersion").asString(""))
        || !matchesOrEmpty(kind, object.path("kind").asString(""))) {
      return false;
    }
    JsonNode metadata = object.path("metadata");
    if (!namesMatch(metadata.path("namespace").asString(""), metadata.path("name").asString(""))) {
      return false;
    }
    return selector == null || LabelSelectorMatcher.match(selector, labels(metadata.path("labels"))).matches();
  }

  private boolean namesMatch(String objectNamespace, String objectName) {
    if (namespace.isEmpty()) {
      return name.isEmpty() || Wildcard.match(name, objectName);
    }
    return Wildcard.match(namespace, objectNamespace) && (name.isEmpty() || Wildcard.match(name, objectName));
  }

  private static boolean matchesOrEmpty(String pattern, String value) {
    return pattern.isEmpty() || Wildcard.match(pattern, value);
  }

  private static Map<String, String> labels(JsonNode labels) {
    var out = new LinkedHashMap<String, String>();
    labels.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString("")));
    return out;
  }
}
