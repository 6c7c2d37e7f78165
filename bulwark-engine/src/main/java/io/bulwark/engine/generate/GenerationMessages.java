package io.bulwark.engine.generate;

/**
 * Kyverno's wording for generate rules, in one place: rule errors (which reports show) and the
 * failures of generation itself (which Kyverno records on the UpdateRequest).
 */
final class GenerationMessages {

  private GenerationMessages() {}

  /** A rule whose preconditions could not be evaluated: {@code failed to evaluate conditions: CAUSE}. */
  static String conditionsError(String cause) {
    return "failed to evaluate conditions: " + cause;
  }

  /** The same, when the preconditions were evaluated again against the old object. */
  static String oldConditionsError(String cause) {
    return "failed to evaluate conditions for old resource: " + cause;
  }

  static String contextError(String cause) {
    return "failed to load context: " + cause;
  }

  static String preconditionsError(String cause) {
    return "failed to evaluate preconditions: " + cause;
  }

  static String sourceNotFound(Target source) {
    return "source resource " + source + " not found";
  }

  static String foreachListError(int index, String cause) {
    return "failed to evaluate " + index + " foreach list: " + cause;
  }

  /** Kyverno nests the element's error inside the declaration's. */
  static String foreachElementError(int declaration, String rule, int element, String cause) {
    return "failed to process " + declaration + " foreach in rule " + rule + ": failed to process " + element
        + " element: " + cause;
  }

  static String namespaceOutsidePolicy(String path, String namespace, String policyNamespace) {
    return path + ".namespace \"" + namespace + "\" must equal policy namespace \"" + policyNamespace + "\"";
  }

  static String clusterScopedTarget(String path, String role, Target target) {
    return path + " " + role + " " + target.apiVersion() + "/" + target.kind() + " must be namespaced";
  }
}
