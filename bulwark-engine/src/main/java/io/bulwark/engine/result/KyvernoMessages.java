package io.bulwark.engine.result;

import io.bulwark.api.problem.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every Kyverno-compatible message in one place. Reports, test files and users' scripts match on
 * these strings, so the odd details are deliberate and pinned by golden tests: a period appended
 * to a custom message that lacks one, the trailing slash of resource paths, the space before the
 * newlines of the block message.
 */
public final class KyvernoMessages {

  private KyvernoMessages() {}

  /** {@code validation rule 'NAME' passed.} */
  public static String validationPassed(String rule) {
    return "validation rule '" + rule + "' passed.";
  }

  /** {@code validation rule 'NAME' anyPattern[I] passed.} */
  public static String anyPatternPassed(String rule, int index) {
    return "validation rule '" + rule + "' anyPattern[" + index + "] passed.";
  }

  /**
   * A pattern that failed at a path: {@code validation error: MSG. rule NAME failed at path P}, or
   * without a custom message {@code validation error: rule NAME failed at path P}.
   */
  public static String patternFailed(String message, String rule, FieldPath at) {
    String path = at.kyvernoResourcePath();
    if (message == null || message.isEmpty()) {
      return "validation error: rule " + rule + " failed at path " + path;
    }
    return "validation error: " + withPeriod(message) + " rule " + rule + " failed at path " + path;
  }

  /** A pattern that could not be evaluated (Kyverno's pattern error with no path). */
  public static String patternExecutionError(String message, String rule, String error) {
    if (message == null || message.isEmpty()) {
      return "validation error: rule " + rule + " execution error: " + error;
    }
    return "validation error: " + withPeriod(message) + " rule " + rule + " execution error: " + error;
  }

  /** One failed anyPattern entry: {@code rule NAME[I] failed at path P}. */
  public static String anyPatternEntryFailed(String rule, int index, FieldPath at) {
    return "rule " + rule + "[" + index + "] failed at path " + at.kyvernoResourcePath();
  }

  /** One anyPattern entry that failed without a path: {@code rule NAME[I] failed: ERR}. */
  public static String anyPatternEntryError(String rule, int index, String error) {
    return "rule " + rule + "[" + index + "] failed: " + error;
  }

  /** One skipped anyPattern entry: {@code rule NAME[I] skipped: REASON}. */
  public static String anyPatternEntrySkipped(String rule, int index, String reason) {
    return "rule " + rule + "[" + index + "] skipped: " + reason;
  }

  /**
   * anyPattern failure: the entries' errors joined by spaces, after the rule's message. Unlike
   * single patterns, Kyverno adds ". " only when the message lacks a period.
   */
  public static String anyPatternFailed(String message, List<String> entryErrors) {
    String errors = String.join(" ", entryErrors);
    if (message == null || message.isEmpty()) {
      return "validation error: " + errors;
    }
    return message.endsWith(".")
        ? "validation error: " + message + " " + errors
        : "validation error: " + message + ". " + errors;
  }

  /** A deny rule whose conditions held and that has no message of its own. */
  public static String denyFailedDefault(String rule) {
    return "validation error: rule " + rule + " failed";
  }

  /** A rule that errored in a stage: {@code STAGE: CAUSE}, e.g. {@code failed to load context: ...}. */
  public static String ruleError(String stage, String cause) {
    return stage + ": " + cause;
  }

  /** {@code preconditions not met}, with the condition messages when there are any. */
  public static String preconditionsNotMet(String conditionMessages) {
    return conditionMessages == null || conditionMessages.isEmpty()
        ? "preconditions not met"
        : "preconditions not met; " + conditionMessages;
  }

  /**
   * A mutate rule that changed its object: {@code mutated KIND/NAME in namespace NS}, without the
   * namespace part for a cluster-wide object (Kyverno's buildSuccessMessage).
   */
  public static String mutated(tools.jackson.databind.JsonNode resource) {
    if (resource == null || !resource.isObject()) {
      return "mutated resource";
    }
    String kindAndName = resource.path("kind").asString("") + "/"
        + resource.path("metadata").path("name").asString("");
    String namespace = resource.path("metadata").path("namespace").asString("");
    return namespace.isEmpty() ? "mutated " + kindAndName : "mutated " + kindAndName + " in namespace " + namespace;
  }

  /** A mutate rule whose patch left its object as it was. */
  public static final String NO_PATCHES_APPLIED = "no patches applied";

  /** A mutate foreach whose elements changed nothing: {@code 0 elements processed}. */
  public static String elementsProcessed(int count) {
    return count + " elements processed";
  }

  /**
   * A mutate rule exempted by PolicyExceptions. Kyverno joins the keys straight onto the text, with
   * no space before the first ({@code ...policy exceptionsns/name}); reports carry it so.
   */
  public static String mutateExempted(List<String> exceptionKeys) {
    return "rule is skipped due to policy exceptions" + String.join(", ", exceptionKeys);
  }

  /** Admission warning for a rule of an {@code emitWarning} policy: {@code policy P.R: MSG}. */
  public static String admissionWarning(String policy, String rule, String message) {
    return "policy " + policy + "." + rule + ": " + message;
  }

  /**
   * The text of a denied admission request: which resource, then a YAML map of policy → rule →
   * message, keys sorted, wrapped as Kyverno's YAML encoder wraps (80 columns).
   *
   * @param failures policy name → rule name → message, for rules that failed or errored
   */
  public static String blockedMessage(String kind, String namespace, String name,
      SortedMap<String, SortedMap<String, String>> failures) {
    String resource = kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
    return "\n\nresource " + resource + " was blocked due to the following policies \n\n"
        + io.bulwark.api.yaml.GoYaml.nestedStringMap(failures);
  }

  static String withPeriod(String message) {
    return message.endsWith(".") ? message : message + ".";
  }

  /** Kyverno's summary line of {@code apply}. Trailing space included, as Kyverno prints it. */
  public static String applySummary(Map<String, Integer> counts) {
    return "pass: " + counts.getOrDefault("pass", 0) + ", fail: " + counts.getOrDefault("fail", 0)
        + ", warn: " + counts.getOrDefault("warn", 0) + ", error: " + counts.getOrDefault("error", 0)
        + ", skip: " + counts.getOrDefault("skip", 0) + " ";
  }
}
