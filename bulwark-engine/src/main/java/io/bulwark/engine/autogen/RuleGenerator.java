package io.bulwark.engine.autogen;

import static io.bulwark.engine.autogen.Trees.isNonEmptyArray;
import static io.bulwark.engine.autogen.Trees.object;
import static io.bulwark.engine.autogen.Trees.objectField;
import static io.bulwark.engine.autogen.Trees.present;

import io.bulwark.engine.match.KindSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives one controller rule from one Pod rule, on rule JSON trees (Kyverno's {@code
 * generateRuleForControllers}, {@code generateCronJobRule} and {@code generateRule}): renames it,
 * points its kinds at the controllers and moves its pattern or patch under the Pod template. The
 * input tree is never modified. Returns null when the rule yields no controller rule.
 */
final class RuleGenerator {

  private static final String AUTOGEN_PREFIX = "autogen-";
  private static final int MAX_NAME_LENGTH = 63;

  private RuleGenerator() {}

  static boolean isAutogenName(String name) {
    return name.startsWith(AUTOGEN_PREFIX);
  }

  /** {@code <prefix>-<rule>}, cut to 63 characters. */
  static String autogenName(String prefix, String ruleName) {
    String name = prefix + "-" + ruleName;
    return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
  }

  /**
   * The {@code autogen-<rule>} rule for the workload controllers in {@code controllers}, or null
   * when the rule is itself generated, the list is empty, or its kinds do not include Pod (match
   * kinds must; exclude kinds must too when there are any).
   */
  static ObjectNode forControllers(ObjectNode rule, String controllers) {
    String name = present(rule, "name") == null ? "" : rule.get("name").asString("");
    if (isAutogenName(name) || controllers.isEmpty()) {
      return null;
    }
    List<String> excludeKinds = allKinds(present(rule, "exclude"));
    if (!KindSelector.containsKind(allKinds(present(rule, "match")), "Pod")
        || (!excludeKinds.isEmpty() && !KindSelector.containsKind(excludeKinds, "Pod"))) {
      return null;
    }
    List<String> kinds = Controllers.groupVersionKinds(Controllers.workloadKinds(controllers));
    return generate(autogenName("autogen", name), rule, Template.POD_CONTROLLER, kinds,
        filter -> KindSelector.containsKind(AutogenSupport.kinds(filter.path("resources")), "Pod")
            ? withKinds(filter, kinds) : filter);
  }

  /**
   * The {@code autogen-cronjob-<rule>} rule, built from the workload rule of the same Pod rule and
   * wrapped once more; every filter of it selects {@code batch/v1/CronJob}. Null when the list does
   * not ask for CronJob or there is no workload rule.
   */
  static ObjectNode forCronJob(ObjectNode rule, String controllers) {
    if (!Controllers.includesCronJob(controllers)) {
      return null;
    }
    String name = present(rule, "name") == null ? "" : rule.get("name").asString("");
    List<String> kinds = Controllers.groupVersionKinds(List.of(Controllers.CRON_JOB));
    return generate(autogenName("autogen-cronjob", name), forControllers(rule, controllers), Template.CRON_JOB,
        kinds, filter -> withKinds(filter, kinds));
  }

  private static ObjectNode generate(
      String name, ObjectNode source, Template template, List<String> kinds, UnaryOperator<JsonNode> filterKinds) {
    if (source == null) {
      return null;
    }
    ObjectNode rule = source.deepCopy();
    rule.put("name", name);
    retarget(objectField(rule, "match"), kinds, filterKinds, true);
    if (present(rule, "exclude") instanceof ObjectNode exclude) {
      retarget(exclude, kinds, filterKinds, false);
    }
    if (present(rule, "mutate") != null) {
      ObjectNode mutate = PodActions.mutate(present(rule, "mutate"), template);
      if (mutate != null) {
        rule.set("mutate", mutate);
        return rule;
      }
    }
    if (present(rule, "validate") != null) {
      ObjectNode validate = PodActions.validate(present(rule, "validate"), template);
      if (validate != null) {
        rule.set("validate", validate);
        return rule;
      }
    }
    return present(rule, "verifyImages") != null ? rule : null;
  }

  /**
   * Rewrites the kinds of a match or exclude block: through {@code filterKinds} for any/all
   * filters, directly for the legacy form (for exclude only when it lists kinds).
   */
  private static void retarget(ObjectNode block, List<String> kinds, UnaryOperator<JsonNode> filterKinds,
      boolean isMatch) {
    for (String list : List.of("any", "all")) {
      if (isNonEmptyArray(block.get(list))) {
        ArrayNode rewritten = JsonNodeFactory.instance.arrayNode();
        block.get(list).forEach(filter -> rewritten.add(filterKinds.apply(filter)));
        block.set(list, rewritten);
        return;
      }
    }
    if (isMatch || !AutogenSupport.kinds(block.path("resources")).isEmpty()) {
      objectField(block, "resources").set("kinds", array(kinds));
    }
  }

  private static JsonNode withKinds(JsonNode filter, List<String> kinds) {
    ObjectNode copy = filter.isObject() ? (ObjectNode) filter.deepCopy() : object();
    objectField(copy, "resources").set("kinds", array(kinds));
    return copy;
  }

  /** match.resources, match.all[*] and match.any[*] kinds, in Kyverno's {@code GetKinds} order. */
  private static List<String> allKinds(JsonNode block) {
    if (block == null) {
      return List.of();
    }
    List<String> kinds = new ArrayList<>(AutogenSupport.kinds(block.path("resources")));
    for (String list : List.of("all", "any")) {
      JsonNode filters = present(block, list);
      if (filters != null && filters.isArray()) {
        filters.forEach(filter -> kinds.addAll(AutogenSupport.kinds(filter.path("resources"))));
      }
    }
    return kinds;
  }

  private static ArrayNode array(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
