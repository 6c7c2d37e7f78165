package io.bulwark.engine.pattern;

import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One pattern map against one resource map (Kyverno's {@code validateMap}): metadata wildcards
 * are expanded (when they can change anything), then keys are visited in {@link KeyOrder},
 * guarding anchors before the rest.
 *
 * <p>How failures combine:
 *
 * <ul>
 *   <li>a failed conditional anchor ends the map at once: the map does not apply;
 *   <li>any other failure ends the map at once, except that an anchor that fails after an
 *       earlier anchor was skipped is ignored (the skip takes priority);
 *   <li>a skip from any other anchor (an {@code =(list)} whose elements were all skipped, say) is
 *       set aside and the remaining keys are still checked; if nothing in the map applied, the
 *       map is skipped, otherwise those skips are dropped.
 * </ul>
 *
 * <p>The last two rules are the behaviour Kyverno has had since 1.12 (pull requests 9155 and
 * 10206). The Go source of that version was not available when this was written; the rules are
 * reconstructed from those pull requests and from the cases Kyverno's own tests assert
 * ({@code TestConditionalAnchorWithMultiplePatterns} tests 43 to 54 in particular), and they
 * reduce to Kyverno's earlier, readable {@code validateMap} whenever no such skip occurs.
 */
final class MapWalk {

  private MapWalk() {}

  /** {@code order} is the pattern's own when known (see Shape), else null: it is then worked out. */
  static Optional<Failure> check(Walk walk, ObjectNode resource, ObjectNode pattern, KeyOrder order,
      FieldPath path) {
    if (walk.expandsWildcards()) {
      MetadataWildcards.expand(pattern, resource);
    }
    if (order == null) {
      order = KeyOrder.of(pattern);
    }
    List<KeyOrder.Key> anchors = order.anchors();
    List<Failure> skipped = null;
    int applied = 0;
    for (int i = 0; i < anchors.size(); i++) {
      KeyOrder.Key key = anchors.get(i);
      Optional<Failure> failure = KeyHandler.handle(walk, key, pattern.get(key.text()), resource, path);
      if (failure.isEmpty()) {
        applied++;
      } else if (key.is(Anchor.Type.CONDITION)) {
        return failure;
      } else if (failure.get().isSkip()) {
        if (skipped == null) {
          skipped = new ArrayList<>();
        }
        skipped.add(failure.get());
      } else if (skipped == null) {
        return failure;
      }
    }
    List<KeyOrder.Key> others = order.others();
    for (int i = 0; i < others.size(); i++) {
      KeyOrder.Key key = others.get(i);
      Optional<Failure> failure = KeyHandler.handle(walk, key, pattern.get(key.text()), resource, path);
      if (failure.isPresent()) {
        return failure;
      }
      applied++;
    }
    if (skipped == null) {
      return Optional.empty();
    }
    return Walk.skippedEntirely(path, applied, skipped);
  }
}
