package io.bulwark.engine.mutate;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.context.ContextLoader;
import io.bulwark.engine.context.ContextProvider;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.result.KyvernoMessages;
import io.bulwark.engine.result.RuleStatus;
import io.bulwark.engine.validate.ConditionChecker;
import io.bulwark.engine.variables.Variables;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code mutate.foreach}, as Kyverno's forEachMutator runs it. Each declaration in turn evaluates
 * its {@code list} and patches the object once per non-null element, each element seeing {@code
 * element}, {@code elementIndex} and their nesting-numbered twins ({@code element0}, {@code
 * elementIndex0}, ...), then its own context entries and preconditions (an element whose
 * preconditions do not hold is passed over). Elements go in reverse order for a
 * patchStrategicMerge declaration and in list order otherwise, unless {@code order} says
 * Ascending or Descending; {@code elementIndex} is always the element's place in the list.
 *
 * <p>Patches accumulate on the object, but within one declaration variables still see the object
 * as it was before that declaration's first element (Kyverno resets the context between elements);
 * the next declaration sees the patched object. A nested {@code foreach} runs in the element's
 * context. The first error ends the whole foreach. Stateless apart from its collaborators;
 * thread-safe.
 */
final class ForEachMutation {

  private final ContextProvider provider;
  private final ContextLoader loader;
  private final ConditionChecker conditions = new ConditionChecker();

  ForEachMutation(ContextProvider provider, ContextLoader loader) {
    this.provider = provider;
    this.loader = loader;
  }

  /**
   * The object after every declaration; {@code objectKey} is where the context holds the object
   * being patched ({@code request.object}, or {@code target} for a mutate-existing target), kept up
   * to date between declarations. Unchanged: {@code N elements processed} with N = 0.
   */
  Step apply(KyvernoPolicy policy, Rule rule, JsonNode declarations, JsonNode resource, JsonContext context,
      int nesting, String objectKey) {
    JsonContext current = context.child();
    JsonNode patched = resource;
    int applied = 0;
    for (JsonNode declaration : declarations) {
      String list = declaration.path("list").asString("");
      List<JsonNode> elements = new ArrayList<>();
      try {
        JsonNode value = current.query(list);
        if (value.isArray()) {
          value.forEach(elements::add);
        } else {
          elements.add(value);
        }
      } catch (RuntimeException e) {
        return Step.error("failed to evaluate list " + list, e.getMessage());
      }
      Step step = elements(policy, rule, declaration, elements, patched, current, nesting, objectKey);
      if (step.isError()) {
        return Step.error("failed to mutate elements", step.message());
      }
      if (step.status() == RuleStatus.PASS) {
        applied++;
        patched = step.resource();
        current.put(objectKey, patched);
      }
    }
    return applied == 0
        ? Step.unchanged(patched, KyvernoMessages.elementsProcessed(0))
        : new Step(RuleStatus.PASS, patched, KyvernoMessages.elementsProcessed(applied));
  }

  private Step elements(KyvernoPolicy policy, Rule rule, JsonNode declaration, List<JsonNode> elements,
      JsonNode resource, JsonContext context, int nesting, String objectKey) {
    boolean reverse = isPresent(declaration.get("patchStrategicMerge"));
    String order = declaration.path("order").asString("");
    if (!order.isEmpty()) {
      reverse = order.equals("Descending");
    }
    JsonNode patched = resource;
    int size = elements.size();
    for (int i = 0; i < size; i++) {
      int index = reverse ? size - 1 - i : i;
      JsonNode element = elements.get(index);
      if (element == null || element.isNull()) {
        continue;
      }
      JsonContext elementContext = context.forElement(element, index, nesting)
          .putAll(nesting == 0 ? provider.foreachValues(policy, rule.name(), index) : null);
      List<JsonNode> entries = new ArrayList<>();
      declaration.path("context").forEach(entries::add);
      try {
        loader.loadLeniently(entries, elementContext);
      } catch (RuntimeException e) {
        return Step.error("failed to load to mutate.foreach[" + index + "].context", e.getMessage());
      }
      JsonNode preconditions = declaration.get("preconditions");
      if (isPresent(preconditions)) {
        try {
          if (!conditions.check(preconditions, elementContext).holds()) {
            continue;
          }
        } catch (RuntimeException e) {
          return Step.error("failed to evaluate mutate.foreach[" + index + "].preconditions", e.getMessage());
        }
      }
      Step step = isPresent(declaration.get("foreach"))
          ? apply(policy, rule, declaration.get("foreach"), patched, elementContext, nesting + 1, objectKey)
          : patch(declaration, patched, elementContext);
      if (step.isError()) {
        return step;
      }
      if (step.status() == RuleStatus.PASS) {
        patched = step.resource();
      }
    }
    return Patches.same(resource, patched) ? Step.unchanged(patched) : Step.changed(patched);
  }

  /** A declaration without a nested foreach: the whole declaration substituted, then its patch. */
  private static Step patch(JsonNode declaration, JsonNode resource, JsonContext context) {
    JsonNode substituted;
    try {
      substituted = Variables.substituteAll(declaration, context);
    } catch (RuntimeException e) {
      return Step.error("variable substitution failed", e.getMessage());
    }
    return Patches.apply(substituted, resource);
  }

  private static boolean isPresent(JsonNode node) {
    return node != null && !node.isNull() && !node.isMissingNode();
  }
}
