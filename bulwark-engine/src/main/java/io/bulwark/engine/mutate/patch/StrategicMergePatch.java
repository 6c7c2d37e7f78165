package io.bulwark.engine.mutate.patch;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kyverno's {@code patchStrategicMerge}: its anchor preprocessing ({@link AnchorPreprocessor}),
 * then kustomize kyaml's merge ({@link MergeWalker}), with the list keys kyaml's built-in
 * Kubernetes schema gives ({@link MergeSchema}).
 *
 * <p>What a user of Kyverno observes, in short: maps merge recursively and a null deletes; a
 * scalar or a list in the patch replaces the resource's, except the lists Kubernetes marks for
 * merging (containers, env, volumes, ports, imagePullSecrets, ...) in built-in kinds and their pod
 * templates, which merge by key with the patch's elements first; {@code $patch} directives apply;
 * anchors decide what applies. A condition that does not hold leaves the patch empty, but the
 * merge still runs, so even then nulls in the resource are dropped and merged lists lose
 * duplicate keys, as in Kyverno.
 *
 * <pre>{@code
 * JsonNode patched = StrategicMergePatch.apply(pod, rule.patchStrategicMerge());
 * boolean changed = !patched.equals(pod);
 * }</pre>
 *
 * <p>Stateless and thread-safe; neither argument is modified, and the result shares no node with
 * them.
 */
public final class StrategicMergePatch {

  private StrategicMergePatch() {}

  /**
   * The resource with the patch merged in (variables already substituted). When a conditional or
   * global anchor does not hold, the part of the patch it guards is left out, so a patch whose
   * conditions all fail returns a tree equal to the resource (up to the normalisation above).
   *
   * @param resource the resource, a JSON object
   * @param patch the rule's {@code patchStrategicMerge}, a JSON object
   * @throws PatchException when the patch is not a map, or cannot be merged (a map where the
   *     resource has a list, an unknown {@code $patch} directive, ...); the message names the path
   */
  public static JsonNode apply(JsonNode resource, JsonNode patch) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(patch, "patch");
    if (!(patch instanceof ObjectNode map)) {
      throw new PatchException(
          "a patchStrategicMerge must be a map, found " + (patch.isArray() ? "a list" : "a scalar"));
    }
    ObjectNode preprocessed = map.deepCopy();
    try {
      AnchorPreprocessor.preprocess(preprocessed, resource);
    } catch (AnchorPreprocessor.ConditionNotMet notMet) {
      preprocessed = JsonNodeFactory.instance.objectNode();
    }
    JsonNode merged = MergeWalker.merge(resource.deepCopy(), preprocessed);
    return merged == null ? JsonNodeFactory.instance.nullNode() : merged;
  }
}
