package io.bulwark.engine.mutate.patch;

import tools.jackson.databind.JsonNode;

/** RFC 7386 JSON merge patch. Placeholder signatures; being written (issue 5). */
public final class MergePatch {

  private MergePatch() {}

  /** The merge patch that turns {@code from} into {@code to} ({@code {}} when they are equal). */
  public static JsonNode diff(JsonNode from, JsonNode to) {
    throw new UnsupportedOperationException("JSON merge patch is not implemented yet");
  }

  /** {@code target} with {@code patch} merged in. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    throw new UnsupportedOperationException("JSON merge patch is not implemented yet");
  }
}
