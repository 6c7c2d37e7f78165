package io.bulwark.engine.pattern;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.engine.cache.WeakIdentityCache;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Kyverno's {@code validate.pattern} check ({@code validate.MatchPattern}): does a resource have
 * the shape and values of an overlay pattern?
 *
 * <p>Keys of a pattern map must be present in the resource and their values must match,
 * recursively; keys the pattern does not mention are ignored, and a missing key is checked as
 * null. A leaf is matched by {@link ValuePattern}; a plain key whose pattern is {@code "*"} only
 * has to be present and not null. Anchors change what a key requires:
 *
 * <ul>
 *   <li>{@code (key)} conditional: when the key is absent or its value does not match, the
 *       enclosing map does not apply (a skip; inside a list, that element is passed over);
 *   <li>{@code <(key)} global: when the key is present and does not match, the rule does not
 *       apply;
 *   <li>{@code X(key)} negation: the key must be absent, whatever its value;
 *   <li>{@code =(key)} equality: when the key is present, its value must match;
 *   <li>{@code ^(key)} existence: the value must be a list in which each map of the pattern list
 *       is matched by at least one element;
 *   <li>{@code +(key)} is a mutation anchor; validation looks the literal key up, as Kyverno does.
 * </ul>
 *
 * <p>Lists: when the pattern's first element is a map, every resource element must match it,
 * elements skipped by an anchor excepted (when all are skipped, the list is skipped); when it is
 * a scalar, every element must match that scalar; otherwise elements are compared by position. A
 * scalar pattern against a resource list must match every element. Keys under {@code
 * metadata.labels} and {@code metadata.annotations} may contain {@code *} and {@code ?}: they are
 * replaced by the first resource key they match before checking (Kyverno's {@code
 * ExpandInMetadata}, including its habit of dropping non-string entries of those two maps when
 * the resource has them).
 *
 * <p><b>Order.</b> Within a map, conditional, existence, equality and negation anchors are
 * checked first, in byte-wise sorted order (so conditional anchors come first of all); then the
 * other keys, with global anchors and keys that hold anchors deeper down ahead of the rest.
 * Kyverno has sorted these keys since 1.8.1, so neither Kyverno nor this class depends on map
 * iteration order, and the order of keys in the policy document never matters. The order decides
 * which failure is reported when there are several, and whether a skip or a failure wins.
 *
 * <p><b>Skip versus failure.</b> A failed conditional or global anchor ends its map at once. A
 * skip that surfaces through another anchor (an {@code =(initContainers)} list whose elements
 * were all skipped, say) is set aside: anchors failing after it are ignored, the other keys are
 * still checked, and the map is skipped only if nothing in it applied. Kyverno tells skips from
 * failures by searching error text for "conditional anchor mismatch" and "global anchor
 * mismatch"; here the kind is carried as data, which gives the same answers for every error
 * Kyverno produces, except that a resource value that merely contains those words cannot turn a
 * failure into a skip.
 *
 * <p>Neither argument is modified: Kyverno expands metadata wildcards in the pattern in place, so
 * a pattern whose expansion could change anything is copied first. Stateless and thread-safe.
 *
 * <pre>{@code
 * MatchOutcome outcome = PatternMatcher.match(pod, pattern);
 * switch (outcome) {
 *   case MatchOutcome.Matched m -> pass();
 *   case MatchOutcome.Skip s -> skip(s.reason());
 *   case MatchOutcome.Mismatch(var at, var reason) ->
 *       at.ifPresentOrElse(path -> fail(path.kyvernoResourcePath()), () -> error(reason));
 * }
 * }</pre>
 */
public final class PatternMatcher {

  private PatternMatcher() {}

  /**
   * Matches {@code resource} against {@code pattern}.
   *
   * @param resource the resource tree (a Kubernetes object, or any JSON value)
   * @param pattern the {@code validate.pattern} tree, after variable substitution
   * @return the outcome; never throws for any pair of JSON trees
   */
  public static MatchOutcome match(JsonNode resource, JsonNode pattern) {
    return match(resource, pattern, false);
  }

  /**
   * As {@link #match}, for a pattern that belongs to a loaded policy: it lives as long as the
   * policy and nothing changes it. What the walk derives from the pattern alone (whether metadata
   * wildcards can rewrite it, the order of each map's keys: its {@link Shape}) is then remembered
   * across calls, keyed on the pattern itself. A pattern made for one evaluation (after variable substitution)
   * goes through {@link #match}, so that it leaves nothing behind.
   */
  public static MatchOutcome matchPolicyPattern(JsonNode resource, JsonNode pattern) {
    return match(resource, pattern, true);
  }

  /**
   * What a policy's pattern is known to be: rewritten by metadata wildcards (then it is walked as a
   * copy, and nothing more is kept), or else its {@link Shape}.
   */
  private record Prepared(boolean rewritten, Shape shape) {

    static Prepared of(JsonNode pattern) {
      return MetadataWildcards.mayRewrite(pattern) ? new Prepared(true, null) : new Prepared(false, Shape.of(pattern));
    }
  }

  private static final WeakIdentityCache<JsonNode, Prepared> PREPARED = new WeakIdentityCache<>(Prepared::of, 4096);

  private static MatchOutcome match(JsonNode resource, JsonNode pattern, boolean policyPattern) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(pattern, "pattern");
    AnchorMap anchors = new AnchorMap();
    // Metadata wildcards are expanded in place, so a pattern they can change is walked as a copy;
    // any other is walked as it is, and the expansion skipped, since it would change nothing.
    Prepared prepared = policyPattern ? PREPARED.get(pattern) : null;
    boolean rewritten = prepared != null ? prepared.rewritten() : MetadataWildcards.mayRewrite(pattern);
    Optional<Failure> found = rewritten
        ? Walk.expandingWildcards(anchors).element(resource, pattern.deepCopy(), null, FieldPath.root())
        : Walk.readOnly(anchors).element(resource, pattern, prepared == null ? null : prepared.shape(),
            FieldPath.root());
    if (found.isEmpty()) {
      return MatchOutcome.matched();
    }
    Failure failure = found.get();
    if (failure.isSkip()) {
      return new MatchOutcome.Skip(failure.message());
    }
    if (failure.kind() != Failure.Kind.NEGATION && anchors.keysAreMissing()) {
      return new MatchOutcome.Mismatch(Optional.empty(), failure.message());
    }
    return new MatchOutcome.Mismatch(failure.path(), failure.message());
  }
}
