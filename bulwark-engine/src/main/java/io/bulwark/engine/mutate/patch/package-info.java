/**
 * Patches as pure functions on JSON trees, each returning a new tree and never changing its input:
 * Kyverno's strategic merge ({@link io.bulwark.engine.mutate.patch.StrategicMergePatch}, kyaml
 * merge2 semantics with Kyverno's anchors), RFC 6902 JSON Patch with Kyverno's options, and its
 * diff ({@link io.bulwark.engine.mutate.patch.JsonPatch}), and RFC 7386 JSON merge patch ({@link
 * io.bulwark.engine.mutate.patch.MergePatch}). A patch that cannot apply throws {@link
 * io.bulwark.engine.mutate.patch.PatchException} naming the path. The strategic merge checks its
 * anchor conditions with {@link io.bulwark.engine.pattern.PatternMatcher} and reads which lists merge
 * by key from {@code merge-keys.txt} beside these classes; nothing else of the engine is used.
 */
package io.bulwark.engine.mutate.patch;
