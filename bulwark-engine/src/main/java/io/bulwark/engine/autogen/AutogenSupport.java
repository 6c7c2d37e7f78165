package io.bulwark.engine.autogen;

import static io.bulwark.engine.autogen.Trees.isNonEmptyArray;
import static io.bulwark.engine.autogen.Trees.isNonEmptyObject;
import static io.bulwark.engine.autogen.Trees.isNonEmptyString;
import static io.bulwark.engine.autogen.Trees.present;

import io.bulwark.api.policy.Rule;
import io.bulwark.engine.match.KindSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a policy may have rules generated for Pod controllers at all (Kyverno's {@code
 * CanAutoGen}). It may not when any rule generates resources or uses RFC 6902 patches, or when any
 * match/exclude description names resources ({@code name}, {@code names}), selects by labels or
 * annotations, or lists Pod together with other kinds; and it need not when no description
 * mentions Pod or a Pod controller by its bare kind name.
 */
final class AutogenSupport {

  private static final Set<String> POD_AND_CONTROLLERS = Set.of("Pod", "DaemonSet", "Deployment", "Job",
      "StatefulSet", "ReplicaSet", "ReplicationController", "CronJob");

  private AutogenSupport() {}

  static boolean applies(List<Rule> rules) {
    boolean needed = false;
    for (Rule rule : rules) {
      JsonNode raw = rule.raw();
      if (isNonEmptyObject(present(raw, "generate")) || usesJson6902(present(raw, "mutate"))) {
        return false;
      }
      List<JsonNode> descriptions = descriptions(present(raw, "match"));
      JsonNode exclude = present(raw, "exclude");
      if (exclude != null) {
        descriptions.addAll(descriptions(exclude));
      }
      for (JsonNode description : descriptions) {
        if (!supported(description)) {
          return false;
        }
        needed |= kinds(description).stream().anyMatch(POD_AND_CONTROLLERS::contains);
      }
    }
    return needed;
  }

  private static boolean usesJson6902(JsonNode mutate) {
    if (mutate == null) {
      return false;
    }
    if (isNonEmptyString(present(mutate, "patchesJson6902"))) {
      return true;
    }
    JsonNode foreach = present(mutate, "foreach");
    if (foreach != null && foreach.isArray()) {
      for (JsonNode entry : foreach) {
        if (isNonEmptyString(present(entry, "patchesJson6902"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The legacy description, then those of {@code any}, then those of {@code all}. */
  private static List<JsonNode> descriptions(JsonNode block) {
    List<JsonNode> descriptions = new ArrayList<>();
    if (block == null) {
      return descriptions;
    }
    descriptions.add(block.path("resources"));
    for (String list : List.of("any", "all")) {
      JsonNode filters = present(block, list);
      if (filters != null && filters.isArray()) {
        filters.forEach(filter -> descriptions.add(filter.path("resources")));
      }
    }
    return descriptions;
  }

  private static boolean supported(JsonNode description) {
    List<String> kinds = kinds(description);
    boolean podWithOthers = kinds.size() > 1 && KindSelector.containsKind(kinds, "Pod");
    return !isNonEmptyString(present(description, "name"))
        && !isNonEmptyArray(present(description, "names"))
        && present(description, "selector") == null
        && present(description, "annotations") == null
        && !podWithOthers;
  }

  static List<String> kinds(JsonNode description) {
    List<String> kinds = new ArrayList<>();
    JsonNode array = present(description, "kinds");
    if (array != null && array.isArray()) {
      array.forEach(kind -> kinds.add(kind.isString() ? kind.stringValue() : kind.toString()));
    }
    return kinds;
  }
}
