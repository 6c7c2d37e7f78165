package io.bulwark.engine.mutate.patch;

import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * kyaml's merge of a list its schema marks {@code merge}: elements are paired by their merge keys
 * and merged, elements only in the patch are added, and a patch element that merges to null (or
 * {@code $patch: delete}) removes its pair. A list without keys (finalizers) is a set of scalars.
 *
 * <p><b>Order.</b> kustomize's strategic merge filter runs kyaml with "prepend": the patch's
 * elements come first, in the patch's order, followed by the resource's other elements in theirs.
 * So a patch that adds a container puts it before the existing ones, and a patch that touches an
 * existing element moves it to the front.
 *
 * <p>The helpers keep kyaml's exact rules for elements that lack a key (a port without a protocol,
 * say): which keys count is decided per list ({@link #validKeys}), port keys that differ only in a
 * missing value are one element ({@link #mergeValues}), and the final assembly uses the keys of the
 * last element merged. Those rules decide what survives when a list holds such elements.
 */
final class AssociativeList {

  private AssociativeList() {}

  static JsonNode walk(JsonNode dest, JsonNode src, MergeSchema schema, FieldPath path) {
    ArrayNode target;
    if (MergeWalker.isMissingOrNull(dest)) {
      if (!(src instanceof ArrayNode list)) {
        return src;
      }
      target = list;
    } else {
      if (src != null && src.isNull()) {
        return null;
      }
      switch (MergeWalker.Directive.read(src, path)) {
        case DELETE:
          return null;
        case REPLACE:
          return src;
        default:
          target = (ArrayNode) dest;
      }
    }
    ArrayNode patch = src instanceof ArrayNode list ? list : null;
    List<String> keys = schema.mergeKeys();
    List<List<String>> values = keys.isEmpty() ? List.of() : keyValues(keys, target, patch);
    if (!values.isEmpty() || !keys.isEmpty()) {
      return merge(values, keys, target, patch, schema.elements(), path);
    }
    return merge(scalarValues(target, patch), List.of(""), target, patch, schema.elements(), path);
  }

  /** kyaml's {@code setAssociativeSequenceElements}. */
  private static JsonNode merge(List<List<String>> valuesList, List<String> keys, ArrayNode dest,
      ArrayNode src, MergeSchema elementSchema, FieldPath path) {
    ArrayNode added = JsonNodeFactory.instance.arrayNode();
    if (keys.size() > 1) {
      valuesList = mergeValues(valuesList);
    }
    KeyValues valid = null;
    for (List<String> values : valuesList) {
      if (values.isEmpty()) {
        continue;
      }
      valid = validKeys(valuesList, values, keys);
      JsonNode destElement = find(dest, valid);
      JsonNode srcElement = src == null ? null : find(src, valid);
      JsonNode merged = MergeWalker.walk(
          destElement, srcElement, elementSchema, path.index(indexOf(dest, src, destElement, srcElement)));
      boolean removed = false;
      for (int i = 0; i < valid.keys().size(); i++) {
        String key = valid.keys().get(i);
        if (MergeWalker.isMissingOrNull(merged) || MergeWalker.isEmptyMap(merged)) {
          setElement(dest, null, valid.keys(), valid.values(), path);
          removed = true;
        } else if (!key.isEmpty() && !valid.values().get(i).isEmpty()) {
          if (!(merged instanceof ObjectNode map)) {
            throw new PatchException("expected a map in the list at " + MergeWalker.where(path));
          }
          if (!map.has(key)) {
            map.put(key, valid.values().get(i));
          }
        }
      }
      if (!removed) {
        setElement(added, merged, valid.keys(), valid.values(), path);
      }
    }
    if (valid == null) {
      return dest;
    }
    // Prepend: the merged elements first, then the resource's, each replacing its pair if there.
    return appendAll(added, dest, valid.keys(), path);
  }

  /** The merge-key values of every element, the patch's first, each combination once. */
  private static List<List<String>> keyValues(List<String> keys, ArrayNode dest, ArrayNode src) {
    List<List<String>> result = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (ArrayNode list : new ArrayNode[] {src, dest}) {
      if (list == null) {
        continue;
      }
      for (JsonNode element : list.values()) {
        List<String> values = new ArrayList<>(keys.size());
        for (String key : keys) {
          JsonNode field = element.isObject() ? element.get(key) : null;
          values.add(isNilOrEmpty(field) ? "" : ScalarText.of(field));
        }
        if (seen.add(values)) {
          result.add(values);
        }
      }
    }
    return result;
  }

  /** The texts of a scalar list's elements, the patch's first, each once. */
  private static List<List<String>> scalarValues(ArrayNode dest, ArrayNode src) {
    Set<String> seen = new LinkedHashSet<>();
    for (ArrayNode list : new ArrayNode[] {src, dest}) {
      if (list != null) {
        list.values().forEach(element -> seen.add(ScalarText.of(element)));
      }
    }
    List<List<String>> result = new ArrayList<>();
    seen.forEach(value -> result.add(List.of(value)));
    return result;
  }

  /** The keys and values that identify one element. */
  record KeyValues(List<String> keys, List<String> values) {}

  /**
   * kyaml's {@code validateKeys}: only keys that some element of the list has a value for count
   * (a port list where no port names a protocol is keyed by containerPort alone); when none has
   * a value, all keys do.
   */
  static KeyValues validKeys(List<List<String>> valuesList, List<String> values, List<String> keys) {
    Set<String> present = new HashSet<>();
    for (List<String> each : valuesList) {
      for (int i = 0; i < each.size(); i++) {
        if (!each.get(i).isEmpty()) {
          present.add(keys.get(i));
        }
      }
    }
    if (present.isEmpty()) {
      return new KeyValues(keys, values);
    }
    List<String> validKeys = new ArrayList<>();
    List<String> validValues = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (present.contains(keys.get(i))) {
        validKeys.add(keys.get(i));
      }
      if (!values.get(i).isEmpty() || present.contains(keys.get(i))) {
        validValues.add(values.get(i));
      }
    }
    return new KeyValues(validKeys, validValues);
  }

  /**
   * kyaml's {@code mergeValues}: two key combinations that agree wherever both have a value, and
   * share at least one, are the same element (a port with and without an explicit protocol).
   */
  static List<List<String>> mergeValues(List<List<String>> valuesList) {
    List<List<String>> result = new ArrayList<>(valuesList);
    for (int i = 0; i < result.size(); i++) {
      // As in kyaml, element i is read once per round even when a join below rewrites it.
      List<String> first = result.get(i);
      for (int j = 0; j < result.size(); j++) {
        List<String> joined = join(first, result.get(j));
        if (joined != null) {
          result.set(i, joined);
          result.set(j, joined);
        }
      }
    }
    return result;
  }

  private static List<String> join(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return null;
    }
    boolean common = false;
    List<String> joined = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals(b.get(i))) {
        common = true;
        joined.add(a.get(i));
      } else if (!a.get(i).isEmpty() && !b.get(i).isEmpty()) {
        return null;
      } else {
        joined.add(a.get(i).isEmpty() ? b.get(i) : a.get(i));
      }
    }
    return common ? joined : null;
  }

  /** kyaml's {@code ElementList}: the first element with these key values (texts), or null. */
  private static JsonNode find(ArrayNode list, KeyValues wanted) {
    KeyValues kv = validKeys(List.of(wanted.values()), wanted.values(), wanted.keys());
    List<String> keys = kv.keys().isEmpty() ? List.of("") : kv.keys();
    List<String> values = kv.values().isEmpty() ? List.of("") : kv.values();
    if (keys.get(0).isEmpty()) {
      for (JsonNode element : list.values()) {
        if (ScalarText.of(element).equals(values.get(0))) {
          return element;
        }
      }
      return null;
    }
    if (keys.size() != values.size()) {
      return null;
    }
    for (JsonNode element : list.values()) {
      if (element instanceof ObjectNode map && matchesAll(map, keys, values)) {
        return element;
      }
    }
    return null;
  }

  private static boolean matchesAll(ObjectNode map, List<String> keys, List<String> values) {
    for (int i = 0; i < keys.size(); i++) {
      JsonNode field = map.get(keys.get(i));
      if (field == null || !ScalarText.of(field).equals(values.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * kyaml's {@code ElementSetter} on {@code list}: drops null and empty-map elements, then
   * replaces every element matching the key values with {@code element} (or removes them when
   * {@code element} is null), appending {@code element} when none matched. An empty value matches
   * any element that has the key; with no values at all, only matching elements are kept.
   */
  static void setElement(ArrayNode list, JsonNode element, List<String> keys, List<String> values, FieldPath path) {
    if (keys.isEmpty()) {
      keys = List.of("");
    }
    boolean mappingSetter = !keys.get(0).isEmpty() && !values.isEmpty() && !values.get(0).isEmpty();
    List<JsonNode> kept = new ArrayList<>();
    boolean matched = false;
    for (JsonNode current : list.values()) {
      if (MergeWalker.isMissingOrNull(current) || MergeWalker.isEmptyMap(current)) {
        continue;
      }
      if (!current.isObject() && mappingSetter) {
        kept.add(current);
        continue;
      }
      boolean found = false;
      for (int j = 0; j < keys.size(); j++) {
        if (j < values.size()) {
          found = fieldMatches(current, keys.get(j), values.get(j), path);
        }
        if (!found) {
          break;
        }
      }
      if (!found) {
        if (!values.isEmpty()) {
          kept.add(current);
        }
        continue;
      }
      matched = true;
      if (element != null) {
        kept.add(element);
      }
    }
    list.removeAll();
    list.addAll(kept);
    if (!MergeWalker.isMissingOrNull(element) && !matched) {
      list.add(element);
    }
  }

  /** kyaml's {@code FieldMatcher} with a string value: an empty value matches any value. */
  private static boolean fieldMatches(JsonNode element, String key, String value, FieldPath path) {
    if (key.isEmpty()) {
      if (element.isContainer()) {
        throw new PatchException("expected scalars in the list at " + MergeWalker.where(path));
      }
      return ScalarText.of(element).equals(value);
    }
    if (!(element instanceof ObjectNode map)) {
      throw new PatchException("expected maps in the list at " + MergeWalker.where(path));
    }
    JsonNode field = map.get(key);
    return field != null && (value.isEmpty() || ScalarText.of(field).equals(value));
  }

  /**
   * kyaml's {@code appendListNode}: each element of {@code src} replaces its pair in {@code dst},
   * or is appended. An element lacking a key is appended as it is, and then set with the values
   * found so far, as kyaml does.
   */
  private static ArrayNode appendAll(ArrayNode dst, ArrayNode src, List<String> keys, FieldPath path) {
    for (JsonNode element : new ArrayList<>(src.values())) {
      if (keys.get(0).isEmpty()) {
        setElement(dst, element, List.of(""), List.of(ScalarText.of(element)), path);
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String key : keys) {
        if (MergeWalker.isMissingOrNull(element)) {
          dst.add(element);
          continue;
        }
        if (!(element instanceof ObjectNode map)) {
          throw new PatchException("expected maps in the list at " + MergeWalker.where(path));
        }
        JsonNode value = map.get(key);
        if (value == null) {
          dst.add(element);
          continue;
        }
        values.add(ScalarText.of(value));
      }
      if (keys.size() > 1) {
        setElement(dst, null, keys, values, path);
      }
      setElement(dst, element, keys, values, path);
    }
    return dst;
  }

  private static int indexOf(ArrayNode dest, ArrayNode src, JsonNode destElement, JsonNode srcElement) {
    ArrayNode list = destElement != null ? dest : src;
    JsonNode element = destElement != null ? destElement : srcElement;
    if (list != null && element != null) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == element) {
          return i;
        }
      }
    }
    return 0;
  }

  /** kyaml's {@code IsNilOrEmpty} for a field value: absent, null, or an empty map or list. */
  static boolean isNilOrEmpty(JsonNode node) {
    return MergeWalker.isMissingOrNull(node) || (node.isContainer() && node.isEmpty());
  }
}
