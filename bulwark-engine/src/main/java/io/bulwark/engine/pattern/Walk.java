package io.bulwark.engine.pattern;

import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One descent of a pattern over a resource (Kyverno's {@code validateResourceElement} and the
 * array cases). The pattern's shape decides what is checked; maps are handed to {@link MapWalk}.
 * Holds the anchor bookkeeping of one match, so it is used once and never shared.
 */
final class Walk {

  private final AnchorMap anchors;
  private final boolean expandsWildcards;

  private Walk(AnchorMap anchors, boolean expandsWildcards) {
    this.anchors = anchors;
    this.expandsWildcards = expandsWildcards;
  }

  /** A walk over a private copy of a pattern, in which metadata wildcards are expanded in place. */
  static Walk expandingWildcards(AnchorMap anchors) {
    return new Walk(anchors, true);
  }

  /** A walk that changes nothing in the pattern. */
  static Walk readOnly(AnchorMap anchors) {
    return new Walk(anchors, false);
  }

  /** Whether {@link MetadataWildcards#expand} runs on each map (see PatternMatcher). */
  boolean expandsWildcards() {
    return expandsWildcards;
  }

  /**
   * Checks {@code resource} (null when the key is absent) against {@code pattern} at {@code path};
   * {@code shape} is the pattern's shape when it is known, else null.
   */
  Optional<Failure> element(JsonNode resource, JsonNode pattern, Shape shape, FieldPath path) {
    GoKind kind = GoKind.of(pattern);
    if (kind == GoKind.MAP) {
      if (!(resource instanceof ObjectNode map)) {
        return fail(
            path,
            "pattern and resource have different structures. Path: "
                + path.kyvernoResourcePath()
                + ". Expected map[string]interface {}, found "
                + GoFormat.typeName(resource));
      }
      KeyOrder order = shape == null ? null : shape.order();
      anchors.record(order == null ? AnchorMap.tracked(pattern) : order.tracked(), map);
      return MapWalk.check(this, map, (ObjectNode) pattern, order, path);
    }
    if (kind == GoKind.SLICE) {
      if (GoKind.of(resource) != GoKind.SLICE) {
        return fail(
            path,
            "validation rule failed at path "
                + path.kyvernoResourcePath()
                + ", resource does not satisfy the expected overlay pattern");
      }
      return array(resource, pattern, shape, path);
    }
    if (kind == GoKind.OTHER) {
      return fail(
          path, "failed at '" + path.kyvernoResourcePath() + "', pattern contains unknown type");
    }
    return leaf(resource, pattern, path);
  }

  /** A scalar pattern: against the value, or against every element when the value is a list. */
  private Optional<Failure> leaf(JsonNode resource, JsonNode pattern, FieldPath path) {
    boolean matched =
        GoKind.of(resource) == GoKind.SLICE
            ? resource.values().stream().allMatch(item -> ValuePattern.matches(item, pattern))
            : ValuePattern.matches(resource, pattern);
    if (matched) {
      return Optional.empty();
    }
    return fail(
        path,
        "resource value '"
            + GoFormat.value(resource)
            + "' does not match '"
            + GoFormat.value(pattern)
            + "' at path "
            + path.kyvernoResourcePath());
  }

  /** Only the first pattern element decides how a list is checked; the others are ignored. */
  private Optional<Failure> array(JsonNode resource, JsonNode pattern, Shape shape, FieldPath path) {
    if (pattern.isEmpty()) {
      return fail(path, "pattern Array empty");
    }
    JsonNode first = pattern.get(0);
    GoKind kind = GoKind.of(first);
    if (kind == GoKind.MAP) {
      return everyElement(resource, first, Shape.element(shape, 0), path);
    }
    if (kind.isScalar()) {
      return leaf(resource, first, path);
    }
    return positional(resource, pattern, shape, path);
  }

  /**
   * Each element against the one map pattern. Elements skipped by an anchor do not count; when
   * every element was skipped, the whole list is.
   */
  private Optional<Failure> everyElement(JsonNode resource, JsonNode pattern, Shape shape, FieldPath path) {
    List<Failure> skipped = new ArrayList<>();
    int applied = 0;
    for (int i = 0; i < resource.size(); i++) {
      Optional<Failure> failure = element(resource.get(i), pattern, shape, path.index(i));
      if (failure.isEmpty()) {
        applied++;
      } else if (failure.get().isSkip()) {
        skipped.add(failure.get());
      } else {
        return failure;
      }
    }
    return skippedEntirely(path, applied, skipped);
  }

  /** Nested lists: element {@code i} against pattern element {@code i}. */
  private Optional<Failure> positional(JsonNode resource, JsonNode pattern, Shape shape, FieldPath path) {
    if (resource.size() < pattern.size()) {
      // Kyverno reports this failure with no path, which it turns into a rule error.
      return Optional.of(
          Failure.mismatchWithoutPath(
              "validate Array failed, array length mismatch, resource Array len is "
                  + resource.size()
                  + " and pattern Array len is "
                  + pattern.size()));
    }
    List<Failure> skipped = new ArrayList<>();
    int applied = 0;
    for (int i = 0; i < pattern.size(); i++) {
      Optional<Failure> failure = element(resource.get(i), pattern.get(i), Shape.element(shape, i), path.index(i));
      if (failure.isEmpty()) {
        applied++;
      } else if (failure.get().isSkip()) {
        skipped.add(failure.get());
      } else {
        return failure;
      }
    }
    return skippedEntirely(path, applied, skipped);
  }

  static Optional<Failure> skippedEntirely(FieldPath path, int applied, List<Failure> skipped) {
    if (applied == 0 && !skipped.isEmpty()) {
      return Optional.of(Failure.allSkipped(path, skipped));
    }
    return Optional.empty();
  }

  private static Optional<Failure> fail(FieldPath path, String message) {
    return Optional.of(Failure.mismatch(path, message));
  }
}
