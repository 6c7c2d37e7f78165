/**
 * Patches as pure functions on JSON trees, each returning a new tree and never changing its input:
 * Kyverno's strategic merge ({@link io.bulwark.engine.mutate.patch.StrategicMergePatch}, kyaml
 * merge2 semantics with Kyverno's anchors), RFC 6902 JSON Patch with Kyverno's options, and its
 * diff ({@link io.bulwark.engine.mutate.patch.JsonPatch}), and RFC 7386 JSON merge patch ({@link
 * io.bulwark.engine.mutate.patch.MergePatch}). A patch that cannot apply throws {@link
 * io.bulwark.engine.mutate.patch.PatchException} naming the path. No dependency on the rest of the
 * engine.
 */
package io.bulwark.engine.mutate.patch;
