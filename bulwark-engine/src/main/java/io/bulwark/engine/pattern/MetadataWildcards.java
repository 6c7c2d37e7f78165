package io.bulwark.engine.pattern;

import io.bulwark.engine.wildcard.Wildcard;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kyverno's {@code wildcards.ExpandInMetadata}: before a pattern map is checked, label and
 * annotation keys under its {@code metadata} that contain {@code *} or {@code ?} are replaced by
 * the first resource key they match, so {@code "team/*": "?*"} checks the resource's {@code
 * team/owner} label. An anchor on such a key is kept ({@code =(team/*)} becomes {@code
 * =(team/owner)}); a key that matches nothing stays as written and so fails as a missing key.
 *
 * <p>Three Kyverno behaviours are reproduced on purpose:
 *
 * <ul>
 *   <li>the pattern is changed in place, so within one match an expansion made for one array
 *       element is what later elements see (callers hand in a private copy whenever {@link
 *       #mayRewrite} says the expansion can change anything);
 *   <li>when the resource has the tag as a map, the pattern's labels or annotations are rebuilt
 *       from their <em>string</em> entries only: entries whose value is null, a number or a map
 *       are dropped, so {@code X(app): null} under {@code labels} is not checked at all then;
 *   <li>when the pattern's {@code metadata} is not a map, nothing is expanded (Kyverno panics).
 * </ul>
 *
 * <p>Where Go's map iteration would pick among several candidates (two pattern keys for the same
 * tag, several matching resource keys, two pattern keys expanding to the same key), the first in
 * document order is taken, and a later expansion overwrites an earlier one.
 */
final class MetadataWildcards {

  private MetadataWildcards() {}

  static void expand(ObjectNode pattern, ObjectNode resource) {
    Map.Entry<String, JsonNode> metadata = tagged("metadata", pattern);
    if (metadata == null || GoKind.of(metadata.getValue()) == GoKind.NIL) {
      return;
    }
    JsonNode resourceMetadata = resource.get("metadata");
    if (GoKind.of(resourceMetadata) == GoKind.NIL) {
      return;
    }
    if (!(metadata.getValue() instanceof ObjectNode patternMetadata)) {
      return;
    }
    expandTag("labels", patternMetadata, resourceMetadata);
    expandTag("annotations", patternMetadata, resourceMetadata);
  }

  /**
   * Whether {@link #expand} could change {@code pattern} or any map below it: some {@code
   * metadata} map has labels or annotations with a wildcard key or a value that is not a string.
   * When none has, expansion only rebuilds those maps with the very same entries, so the pattern
   * can be matched as it is, without a private copy.
   */
  static boolean mayRewrite(JsonNode pattern) {
    if (pattern instanceof ObjectNode map) {
      Map.Entry<String, JsonNode> metadata = tagged("metadata", map);
      if (metadata != null && metadata.getValue() instanceof ObjectNode patternMetadata
          && (rewritable(tagged("labels", patternMetadata)) || rewritable(tagged("annotations", patternMetadata)))) {
        return true;
      }
      for (JsonNode value : map.values()) {
        if (mayRewrite(value)) {
          return true;
        }
      }
      return false;
    }
    if (pattern.isArray()) {
      for (JsonNode value : pattern.values()) {
        if (mayRewrite(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean rewritable(Map.Entry<String, JsonNode> tag) {
    if (tag == null || !(tag.getValue() instanceof ObjectNode values)) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : values.properties()) {
      if (Wildcard.containsWildcard(entry.getKey()) || !entry.getValue().isString()) {
        return true;
      }
    }
    return false;
  }

  private static void expandTag(String tag, ObjectNode patternMetadata, JsonNode resourceMetadata) {
    Optional<TaggedStrings> pattern = stringsUnder(tag, patternMetadata);
    Optional<TaggedStrings> resource = stringsUnder(tag, resourceMetadata);
    if (pattern.isEmpty() || resource.isEmpty()) {
      return;
    }
    ObjectNode expanded = patternMetadata.objectNode();
    for (Map.Entry<String, String> entry : pattern.get().values().entrySet()) {
      String key = entry.getKey();
      if (Wildcard.containsWildcard(key)) {
        Optional<Anchor> anchor = Anchor.parse(key);
        if (anchor.isPresent()) {
          String matched = firstMatch(anchor.get().key(), resource.get().values());
          key = new Anchor(anchor.get().type(), matched).text();
        } else {
          key = firstMatch(key, resource.get().values());
        }
      }
      expanded.put(key, entry.getValue());
    }
    patternMetadata.set(pattern.get().key(), expanded);
  }

  private static String firstMatch(String pattern, Map<String, String> resource) {
    for (String candidate : resource.keySet()) {
      if (Wildcard.match(pattern, candidate)) {
        return candidate;
      }
    }
    return pattern;
  }

  /** The string entries of the map found under {@code tag}, and the key it was found under. */
  private static Optional<TaggedStrings> stringsUnder(String tag, JsonNode data) {
    if (!(data instanceof ObjectNode map)) {
      return Optional.empty();
    }
    Map.Entry<String, JsonNode> entry = tagged(tag, map);
    if (entry == null || !(entry.getValue() instanceof ObjectNode values)) {
      return Optional.empty();
    }
    Map<String, String> strings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : values.properties()) {
      if (e.getValue().isString()) {
        strings.put(e.getKey(), e.getValue().stringValue());
      }
    }
    return Optional.of(new TaggedStrings(entry.getKey(), strings));
  }

  /** The first entry whose key is {@code tag}, plain or inside any anchor. */
  private static Map.Entry<String, JsonNode> tagged(String tag, ObjectNode map) {
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      if (e.getKey().equals(tag)) {
        return e;
      }
      Optional<Anchor> anchor = Anchor.parse(e.getKey());
      if (anchor.isPresent() && anchor.get().key().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private record TaggedStrings(String key, Map<String, String> values) {}
}
