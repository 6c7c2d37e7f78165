package io.bulwark.engine.mutate.patch;

import tools.jackson.databind.JsonNode;

/**
 * Kyverno's {@code patchStrategicMerge}: its anchor preprocessing, then kustomize kyaml merge2.
 * Placeholder signature; the implementation is being written (issue 5).
 */
public final class StrategicMergePatch {

  private StrategicMergePatch() {}

  /**
   * The resource with the patch merged in (variables already substituted). When a conditional or
   * global anchor does not hold, the part of the patch it guards is left out, so a patch whose
   * conditions all fail returns a tree equal to the resource.
   */
  public static JsonNode apply(JsonNode resource, JsonNode patch) {
    throw new UnsupportedOperationException("patchStrategicMerge is not implemented yet");
  }
}
