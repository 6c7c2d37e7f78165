package io.bulwark.engine.mutate.patch;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.engine.pattern.Anchor;
import io.bulwark.engine.pattern.MatchOutcome;
import io.bulwark.engine.pattern.PatternMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kyverno's anchor preprocessing of a {@code patchStrategicMerge} against the resource
 * ({@code strategicPreprocessing.go}), which turns the patch into a plain one for kyaml. It works
 * on the caller's copy of the patch, in place, and never changes the resource.
 *
 * <ul>
 *   <li>{@code +(key)}: dropped when the resource map has the key, else renamed to {@code key};
 *   <li>{@code (key)} and {@code <(key)}: the resource map must have the key and its value must
 *       match the anchor's value as a {@code validate.pattern} would (scalars compare as their YAML
 *       text). In a map, a condition that does not hold cancels the whole patch ({@link
 *       ConditionNotMet}). In a list of maps, each patch element with anchors is tried against
 *       every resource element; where its conditions hold and the resource element has a
 *       {@code name}, a copy without the anchors and with that name is added to the patch list
 *       (elements without a name are left alone); a global anchor that held for no element
 *       cancels the patch. Anchored elements, and anchor keys whose value holds nothing but
 *       anchors, are removed from the patch at the end;
 *   <li>{@code =(key)}, {@code X(key)} and {@code ^(key)} mean nothing here: they are plain keys.
 * </ul>
 *
 * <p>Kyverno's quirks are kept, since they decide what users observe: an anchored list element is
 * tried against the resource elements one after another on a single copy, so what {@code +(key)}
 * decided for the first element holds for the rest; an anchor whose value still holds plain fields
 * once its anchors are gone stays in the patch under the plain key; a scalar that looks like
 * {@code (x)} counts as an anchor; empty maps are dropped from the patch; and removing anchored
 * elements from a list goes by their original positions, so a second anchored element in one list
 * removes a neighbour instead of itself.
 */
final class AnchorPreprocessor {

  private AnchorPreprocessor() {}

  /** A condition or global anchor did not hold: the patch does not apply. */
  static final class ConditionNotMet extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean global;

    ConditionNotMet(boolean global, String message) {
      super(message, null, false, false);
      this.global = global;
    }

    boolean isGlobal() {
      return global;
    }
  }

  /**
   * Preprocesses {@code patch} in place against {@code resource}.
   *
   * @throws ConditionNotMet when a condition cancels the patch
   * @throws PatchException when the patch cannot be preprocessed
   */
  static void preprocess(ObjectNode patch, JsonNode resource) {
    walk(patch, resource, FieldPath.root());
    for (String field : List.copyOf(patch.propertyNames())) {
      boolean deleteScalar = isCondition(Anchor.parse(field).orElse(null));
      if (deleteAnchors(patch.get(field), deleteScalar)) {
        patch.remove(field);
      }
    }
  }

  private static void walk(JsonNode pattern, JsonNode resource, FieldPath path) {
    if (pattern instanceof ObjectNode map) {
      walkMap(map, resource, path);
    } else if (pattern instanceof ArrayNode list && !list.isEmpty() && list.get(0).isObject()) {
      walkListOfMaps(list, resource, path);
    }
  }

  private static void walkMap(ObjectNode pattern, JsonNode resource, FieldPath path) {
    addIfNotPresent(pattern, resource);
    checkConditions(pattern, resource, path);
    for (String field : List.copyOf(pattern.propertyNames())) {
      Anchor anchor = Anchor.parse(field).orElse(null);
      if (anchor != null && isKyvernoMutateAnchor(anchor)) {
        continue;
      }
      JsonNode value = resource instanceof ObjectNode map ? map.get(field) : null;
      walk(pattern.get(field), value, path.child(field));
    }
  }

  private static void walkListOfMaps(ArrayNode pattern, JsonNode resource, FieldPath path) {
    List<JsonNode> resourceElements = elementsOf(resource, path);
    for (JsonNode patternElement : List.copyOf(pattern.values())) {
      if (!hasAnchors(patternElement, AnchorPreprocessor::isKyvernoMutateAnchor)) {
        continue;
      }
      boolean hasGlobal = hasAnchors(patternElement, a -> a.type() == Anchor.Type.GLOBAL);
      boolean anyGlobalHeld = false;
      ConditionNotMet lastGlobal = null;
      JsonNode copy = patternElement.deepCopy();
      for (JsonNode resourceElement : resourceElements) {
        try {
          walk(copy, resourceElement, path);
        } catch (ConditionNotMet notMet) {
          if (notMet.isGlobal()) {
            lastGlobal = notMet;
          }
          continue;
        }
        if (hasGlobal) {
          anyGlobalHeld = true;
        } else {
          addNamedCopy(pattern, copy, resourceElement, path);
        }
      }
      if (resource == null) {
        try {
          walk(copy, null, path);
        } catch (ConditionNotMet notMet) {
          if (notMet.isGlobal()) {
            throw notMet;
          }
          continue;
        }
        if (hasGlobal) {
          anyGlobalHeld = true;
        }
      }
      if (!anyGlobalHeld && lastGlobal != null) {
        throw lastGlobal;
      }
    }
  }

  /**
   * The elements of the resource's list: none when the key is absent or null. Kyverno fails the
   * rule when the resource has something other than a list there.
   */
  private static List<JsonNode> elementsOf(JsonNode resource, FieldPath path) {
    if (resource == null || resource.isNull()) {
      return List.of();
    }
    if (!(resource instanceof ArrayNode list)) {
      throw new PatchException(
          "the patch has a list at " + MergeWalker.where(path) + " but the resource does not");
    }
    return List.copyOf(list.values());
  }

  /**
   * For an element whose conditions held: the element without its anchors and named after the
   * resource element, added to the patch list, so kyaml merges it into that element by name.
   */
  private static void addNamedCopy(ArrayNode pattern, JsonNode element, JsonNode resourceElement, FieldPath path) {
    JsonNode name = resourceElement instanceof ObjectNode map ? map.get("name") : null;
    if (AssociativeList.isNilOrEmpty(name)) {
      return;
    }
    JsonNode named = element.deepCopy();
    if (deleteAnchors(named, true)) {
      return;
    }
    if (!(named instanceof ObjectNode map)) {
      throw new PatchException("failed to update name in pattern at " + MergeWalker.where(path));
    }
    map.set("name", name.deepCopy());
    pattern.add(map);
  }

  /** {@code +(key)}: kept as {@code key} when the resource lacks it, dropped otherwise. */
  private static int addIfNotPresent(JsonNode pattern, JsonNode resource) {
    List<Anchor> anchors = anchorsOf(pattern, a -> a.type() == Anchor.Type.ADD_IF_NOT_PRESENT);
    for (Anchor anchor : anchors) {
      if (resource instanceof ObjectNode map && map.has(anchor.key())) {
        ((ObjectNode) pattern).remove(anchor.text());
      } else {
        rename((ObjectNode) pattern, anchor.text(), anchor.key());
      }
    }
    return anchors.size();
  }

  /** Global anchors first, then conditions; the first that does not hold ends the patch. */
  private static void checkConditions(ObjectNode pattern, JsonNode resource, FieldPath path) {
    for (boolean global : new boolean[] {true, false}) {
      Anchor.Type type = global ? Anchor.Type.GLOBAL : Anchor.Type.CONDITION;
      for (Anchor anchor : anchorsOf(pattern, a -> a.type() == type)) {
        String failure = failedCondition(pattern, resource, anchor, path);
        if (failure != null) {
          throw new ConditionNotMet(global, failure);
        }
      }
    }
  }

  private static String failedCondition(ObjectNode pattern, JsonNode resource, Anchor anchor, FieldPath path) {
    if (!(resource instanceof ObjectNode map) || !map.has(anchor.key())) {
      return "could not found \"" + anchor.key() + "\" key in the resource";
    }
    JsonNode expected = pattern.get(anchor.text());
    if (expected == null) {
      // Kyverno looks the anchor up by its normalised text and crashes when spaces around it
      // make that text differ from the key as written.
      throw new PatchException("the anchor '" + anchor.text() + "' at " + MergeWalker.where(path)
          + " is written with surrounding spaces, which Kyverno cannot process");
    }
    JsonNode actual = map.get(anchor.key());
    if (addIfNotPresent(expected, actual) > 0) {
      return null;
    }
    MatchOutcome outcome = PatternMatcher.match(asPatternValue(actual), asPatternValue(expected));
    return outcome instanceof MatchOutcome.Matched ? null : "condition failed at " + MergeWalker.where(path.child(anchor.key()));
  }

  /** Kyverno hands scalars to the pattern matcher as the text of their YAML node. */
  private static JsonNode asPatternValue(JsonNode node) {
    return node.isContainer() ? node : JsonNodeFactory.instance.stringNode(ScalarText.of(node));
  }

  /**
   * Removes the anchors left in {@code node} and says whether {@code node} is now to be removed
   * itself: it held nothing but anchors (or nothing at all), or it is a scalar under an anchor.
   */
  private static boolean deleteAnchors(JsonNode node, boolean deleteScalar) {
    if (node instanceof ObjectNode map) {
      return deleteAnchorsInMap(map);
    }
    if (node instanceof ArrayNode list) {
      return deleteAnchorsInList(list);
    }
    return deleteScalar;
  }

  private static boolean deleteAnchorsInMap(ObjectNode map) {
    boolean anchorsKept = false;
    for (Anchor anchor : anchorsOf(map, AnchorPreprocessor::isCondition)) {
      JsonNode value = map.get(anchor.text());
      if (value == null) {
        continue;
      }
      if (deleteAnchors(value, true)) {
        map.remove(anchor.text());
      } else {
        anchorsKept = true;
      }
    }
    if (anchorsKept) {
      for (Anchor anchor : anchorsOf(map, AnchorPreprocessor::isCondition)) {
        rename(map, anchor.text(), anchor.key());
      }
    }
    boolean delete = true;
    for (String field : List.copyOf(map.propertyNames())) {
      if (deleteAnchors(map.get(field), false)) {
        map.remove(field);
      } else {
        delete = false;
      }
    }
    return delete;
  }

  private static boolean deleteAnchorsInList(ArrayNode list) {
    List<JsonNode> elements = List.copyOf(list.values());
    boolean wasEmpty = elements.isEmpty();
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      boolean delete = hasAnchors(element, AnchorPreprocessor::isKyvernoMutateAnchor)
          || deleteAnchors(element, false);
      if (delete) {
        // By the element's original position, as Kyverno removes it, even after earlier removals.
        if (i >= list.size()) {
          throw new PatchException("Kyverno fails on a list with several anchored elements here");
        }
        list.remove(i);
      }
    }
    return list.isEmpty() && !wasEmpty;
  }

  /** Whether {@code node} holds an anchor the predicate accepts, at any depth. */
  private static boolean hasAnchors(JsonNode node, Predicate<Anchor> wanted) {
    if (node instanceof ObjectNode map) {
      for (Map.Entry<String, JsonNode> field : map.properties()) {
        Anchor anchor = Anchor.parse(field.getKey()).orElse(null);
        if (anchor != null && wanted.test(anchor)) {
          return true;
        }
        if (!AssociativeList.isNilOrEmpty(field.getValue()) && hasAnchors(field.getValue(), wanted)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof ArrayNode list) {
      for (JsonNode element : list.values()) {
        if (hasAnchors(element, wanted)) {
          return true;
        }
      }
      return false;
    }
    // Kyverno asks any scalar whether it reads as a condition, whatever was asked for.
    return node != null && isCondition(Anchor.parse(ScalarText.of(node)).orElse(null));
  }

  private static List<Anchor> anchorsOf(JsonNode pattern, Predicate<Anchor> wanted) {
    if (!(pattern instanceof ObjectNode map)) {
      return List.of();
    }
    List<Anchor> anchors = new ArrayList<>();
    for (String key : map.propertyNames()) {
      Anchor.parse(key).filter(wanted).ifPresent(anchors::add);
    }
    return anchors;
  }

  /** Renames a key in place, keeping the order of the map; an existing key of that name wins. */
  private static void rename(ObjectNode map, String from, String to) {
    if (!map.has(from) || from.equals(to)) {
      return;
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(map.properties());
    map.removeAll();
    for (Map.Entry<String, JsonNode> entry : entries) {
      String key = entry.getKey().equals(from) ? to : entry.getKey();
      if (!map.has(key)) {
        map.set(key, entry.getValue());
      }
    }
  }

  /** Kyverno's {@code anchor.ContainsCondition}: a condition or a global anchor. */
  private static boolean isCondition(Anchor anchor) {
    return anchor != null
        && (anchor.type() == Anchor.Type.CONDITION || anchor.type() == Anchor.Type.GLOBAL);
  }

  /** The anchors the preprocessing acts on: conditions, global anchors and add-if-not-present. */
  private static boolean isKyvernoMutateAnchor(Anchor anchor) {
    return isCondition(anchor) || anchor.type() == Anchor.Type.ADD_IF_NOT_PRESENT;
  }
}
