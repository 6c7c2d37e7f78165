package io.bulwark.engine.podsecurity;

import io.bulwark.engine.wildcard.Wildcard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Kyverno's {@code ApplyPodSecurityExclusion}. For each exclusion, the checks run again over a
 * stand-in pod, and every field error the stand-in produces for the excluded control (and that
 * passes the {@code restrictedField} and {@code values} filters) removes one matching field error
 * from the real results; a check left without errors is dropped.
 *
 * <ul>
 *   <li>Without {@code images}, the stand-in keeps the pod-level settings and has one empty
 *       container named {@code fake}; fields are compared with every digit run replaced by {@code *}.
 *   <li>With {@code images}, the stand-in has only the containers whose image matches and no
 *       pod-level settings or annotations; a container field also has to come from a container of
 *       the same name.
 * </ul>
 *
 * <p>Kyverno quirks kept: results are re-keyed by check ID for every exclusion, so a check that
 * failed twice under a pinned version keeps only its last result (Bulwark keeps it at the first
 * one's position, where Go's map gives a random order); one stand-in error removes at most one real
 * error; a missing or empty bad value passes any {@code values} filter.
 */
final class Exemptions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern WORD = Pattern.compile("[a-zA-Z]+");

  private Exemptions() {}

  static List<Failed> apply(String level, PssVersion version, List<Exclusion> exclusions, List<Failed> results, Pod pod) {
    List<Failed> current = results;
    for (Exclusion exclusion : exclusions) {
      boolean containerLevel = !exclusion.images().isEmpty();
      Pod standIn = containerLevel ? matchingContainers(exclusion, pod) : pod.withFakeContainer();
      List<Failed> excluded = Evaluator.evaluate(level, version, standIn);
      current = exempt(current, excluded, exclusion, pod, standIn, containerLevel);
    }
    return current;
  }

  private static Pod matchingContainers(Exclusion exclusion, Pod pod) {
    return pod.withOnlyContainers(
        matching(pod.spec().initContainers(), exclusion),
        matching(pod.spec().containers(), exclusion),
        matching(pod.spec().ephemeralContainers(), exclusion));
  }

  private static List<Pod.Container> matching(List<Pod.Container> containers, Exclusion exclusion) {
    return containers.stream().filter(c -> anyMatch(exclusion.images(), c.image())).toList();
  }

  private static List<Failed> exempt(
      List<Failed> results, List<Failed> excluded, Exclusion exclusion, Pod pod, Pod standIn, boolean containerLevel) {
    Map<String, Failed> byId = new LinkedHashMap<>();
    for (Failed result : results) {
      byId.put(result.id, result);
    }
    List<String> checkIds = Controls.checkIds(exclusion.controlName());
    for (Failed standInResult : excluded) {
      if (!checkIds.contains(standInResult.id)) {
        continue;
      }
      for (FieldError standInError : standInResult.errors) {
        Field excludeField = parse(standInError.field(), standIn, containerLevel);
        if (!exclusion.restrictedField().isEmpty() && !excludeField.wildcarded.equals(exclusion.restrictedField())) {
          continue;
        }
        if (!exclusion.values().isEmpty()
            && !standInError.badValue().values().stream().allMatch(v -> anyMatch(exclusion.values(), v))) {
          continue;
        }
        Failed result = byId.get(standInResult.id);
        if (result == null) {
          continue;
        }
        for (int i = 0; i < result.errors.size(); i++) {
          Field field = parse(result.errors.get(i).field(), pod, containerLevel);
          boolean sameField = excludeField.wildcarded.equals(field.wildcarded);
          if (sameField && (field.container == null || Objects.equals(excludeField.container, field.container))) {
            result.removeError(i);
            break;
          }
        }
        if (result.errors.isEmpty()) {
          byId.remove(standInResult.id);
        }
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * A field with every digit run replaced by {@code *}; for container-level exclusions also the name
   * of the container it belongs to (Kyverno's {@code parseField}: the second word of the path names
   * the container list, the first number is the position).
   */
  private record Field(String wildcarded, String container) {}

  private static Field parse(String field, Pod pod, boolean containerLevel) {
    String wildcarded = DIGITS.matcher(field).replaceAll("*");
    if (!containerLevel) {
      return new Field(wildcarded, null);
    }
    var words = WORD.matcher(field);
    String list = words.find() && words.find() ? words.group() : "";
    if (!list.equals("containers") && !list.equals("initContainers") && !list.equals("ephemeralContainers")) {
      return new Field(wildcarded, null);
    }
    var digits = DIGITS.matcher(field);
    if (!digits.find()) {
      return new Field(wildcarded, null);
    }
    return new Field(wildcarded, pod.container(list, Integer.parseInt(digits.group())).name());
  }

  private static boolean anyMatch(List<String> patterns, String value) {
    return patterns.stream().anyMatch(p -> Wildcard.match(p, value));
  }
}
