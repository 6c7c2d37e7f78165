package io.bulwark.api.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one value of a converted document starts (1-based line and column), and where its children
 * sit. Mirrors the {@code JsonNode} tree: a mapping has fields, a sequence has items, a scalar has
 * neither. A subtree reached through several aliases is shared, which is why key positions live in
 * the parent's {@link Field} and not here.
 *
 * <p>Filled by {@link NodeConverter} and read-only afterwards.
 */
final class SourceNode {

  /** A map entry: where its key is written, and its value. */
  record Field(int keyLine, int keyColumn, SourceNode value) {}

  final int line;
  final int column;
  private Map<String, Field> fields;
  private List<SourceNode> items;

  SourceNode(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** The entry for {@code key}, or null when absent or when this is not a mapping. */
  Field field(String key) {
    return fields == null ? null : fields.get(key);
  }

  /** The item at {@code index}, or null when absent or when this is not a sequence. */
  SourceNode item(int index) {
    return items == null || index < 0 || index >= items.size() ? null : items.get(index);
  }

  void putField(String key, Field field) {
    if (fields == null) {
      fields = new HashMap<>();
    }
    fields.put(key, field);
  }

  boolean hasField(String key) {
    return fields != null && fields.containsKey(key);
  }

  void addItem(SourceNode item) {
    if (items == null) {
      items = new ArrayList<>();
    }
    items.add(item);
  }
}
