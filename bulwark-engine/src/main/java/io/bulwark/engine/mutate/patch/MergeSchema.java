package io.bulwark.engine.mutate.patch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the strategic merge knows about one place in a resource: the fields of an object whose
 * values it knows more about, or, for a list, that it merges element by element and by which keys.
 * Read once from {@code merge-keys.txt} (kustomize kyaml's built-in Kubernetes schema, cut down to
 * what leads to a merged list; the file says where the facts come from). A resource whose
 * apiVersion and kind are not there has no schema: all its lists are replaced. Immutable.
 */
final class MergeSchema {

  /** A place the schema knows and has nothing more to say about. */
  static final MergeSchema EMPTY = new MergeSchema(Map.of(), null, null);

  private static final String OBJECT_META = "meta/v1/ObjectMeta";
  private static final Map<String, MergeSchema> KINDS = load("merge-keys.txt");

  private final Map<String, MergeSchema> fields;
  private final List<String> mergeKeys;
  private final MergeSchema elements;

  private MergeSchema(Map<String, MergeSchema> fields, List<String> mergeKeys, MergeSchema elements) {
    this.fields = fields;
    this.mergeKeys = mergeKeys;
    this.elements = elements;
  }

  /**
   * The schema of a Kubernetes object, from its {@code apiVersion} and {@code kind} strings; null
   * when {@code node} is not such an object or kyaml has no schema for it.
   */
  static MergeSchema ofObject(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode apiVersion = node.get("apiVersion");
    JsonNode kind = node.get("kind");
    if (apiVersion == null || kind == null || !apiVersion.isString() || !kind.isString()) {
      return null;
    }
    return KINDS.get(apiVersion.stringValue() + "/" + kind.stringValue());
  }

  /** The schema of this object's field {@code name}, or null when nothing is known about it. */
  MergeSchema field(String name) {
    return fields.get(name);
  }

  /** Whether this is a list merged element by element ({@code x-kubernetes-patch-strategy: merge}). */
  boolean mergesByKey() {
    return mergeKeys != null;
  }

  /** The keys that identify an element of a merged list; empty for a set of scalars. */
  List<String> mergeKeys() {
    return mergeKeys;
  }

  /** The schema of a merged list's elements. */
  MergeSchema elements() {
    return elements == null ? EMPTY : elements;
  }

  private static Map<String, MergeSchema> load(String resource) {
    try (InputStream in = MergeSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Table table = new Table();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          table.read(text, resource + ":" + number);
        }
      }
      return table.kinds();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed lines: kinds, and per type its object fields and merged lists. */
  private static final class Table {

    private record Field(String type, List<String> mergeKeys) {}

    private final List<String> kinds = new ArrayList<>();
    private final Map<String, Map<String, Field>> types = new HashMap<>();
    private final Map<String, MergeSchema> built = new HashMap<>();

    void read(String line, String where) {
      String[] words = line.split("\\s+");
      if (words[0].equals("kinds")) {
        for (int i = 2; i < words.length; i++) {
          kinds.add(words[1] + "/" + words[i]);
        }
        return;
      }
      int dot = words[0].lastIndexOf('.');
      if (dot < 0) {
        throw new IllegalStateException(where + ": expected <type>.<field>");
      }
      String type = words[0].substring(0, dot);
      String field = words[0].substring(dot + 1);
      Field value;
      if (field.endsWith("[]")) {
        field = field.substring(0, field.length() - 2);
        if (words.length < 2 || !words[1].equals("merge")) {
          throw new IllegalStateException(where + ": a list must be marked merge");
        }
        int next = 2;
        List<String> keys = List.of();
        if (words.length > next && !words[next].equals("=")) {
          keys = List.of(words[next].split(","));
          next++;
        }
        value = new Field(elementType(words, next, where), keys);
      } else {
        value = new Field(elementType(words, 1, where), null);
      }
      types.computeIfAbsent(type, t -> new HashMap<>()).put(field, value);
    }

    private static String elementType(String[] words, int at, String where) {
      if (words.length == at) {
        return null;
      }
      if (words.length != at + 2 || !words[at].equals("=")) {
        throw new IllegalStateException(where + ": expected '= <type>'");
      }
      return words[at + 1];
    }

    Map<String, MergeSchema> kinds() {
      Map<String, MergeSchema> result = new HashMap<>();
      for (String kind : kinds) {
        types.computeIfAbsent(kind, t -> new HashMap<>())
            .putIfAbsent("metadata", new Field(OBJECT_META, null));
        result.put(kind, type(kind));
      }
      return Map.copyOf(result);
    }

    private MergeSchema type(String name) {
      if (name == null) {
        return EMPTY;
      }
      MergeSchema done = built.get(name);
      if (done != null) {
        return done;
      }
      Map<String, MergeSchema> fields = new HashMap<>();
      types.getOrDefault(name, Map.of()).forEach((field, spec) -> {
        MergeSchema value = spec.mergeKeys() == null
            ? type(spec.type())
            : new MergeSchema(Map.of(), spec.mergeKeys(), type(spec.type()));
        fields.put(field, value);
      });
      MergeSchema schema = new MergeSchema(Map.copyOf(fields), null, null);
      built.put(name, schema);
      return schema;
    }
  }
}
