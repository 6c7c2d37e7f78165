package io.bulwark.api.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A location inside a JSON/YAML tree, as a list of map keys and list indices. Every user-facing
 * location is one of these; nothing assembles a path by string formatting.
 *
 * <p>Rendered two ways: {@link #dotted()} for problems in a policy ({@code
 * spec.rules[0].validate.pattern}) and {@link #kyvernoResourcePath()} for Kyverno's "failed at
 * path" form ({@code /spec/containers/0/image/}). Immutable and thread-safe.
 */
public final class FieldPath implements Comparable<FieldPath> {

  /** One step into the tree. */
  public sealed interface Segment permits Key, Index {}

  /** A map key. */
  public record Key(String name) implements Segment {
    public Key {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A list position, zero-based. */
  public record Index(int position) implements Segment {}

  private static final FieldPath ROOT = new FieldPath(List.of());

  private final List<Segment> segments;

  private FieldPath(List<Segment> segments) {
    this.segments = segments;
  }

  public static FieldPath root() {
    return ROOT;
  }

  /** Builds a path from keys only: {@code FieldPath.of("spec", "rules")}. */
  public static FieldPath of(String... keys) {
    FieldPath path = ROOT;
    for (String key : keys) {
      path = path.child(key);
    }
    return path;
  }

  public FieldPath child(String name) {
    return append(new Key(name));
  }

  public FieldPath index(int position) {
    return append(new Index(position));
  }

  /** This path followed by all of {@code other}'s segments. */
  public FieldPath concat(FieldPath other) {
    if (other.segments.isEmpty()) {
      return this;
    }
    var all = new ArrayList<Segment>(segments.size() + other.segments.size());
    all.addAll(segments);
    all.addAll(other.segments);
    return new FieldPath(List.copyOf(all));
  }

  private FieldPath append(Segment next) {
    var all = new ArrayList<Segment>(segments.size() + 1);
    all.addAll(segments);
    all.add(next);
    return new FieldPath(List.copyOf(all));
  }

  public List<Segment> segments() {
    return segments;
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The path without its last segment; the root's parent is the root. */
  public FieldPath parent() {
    return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
  }

  public boolean startsWith(FieldPath prefix) {
    return segments.size() >= prefix.segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /** {@code spec.rules[0].validate.pattern}; the root renders as the empty string. */
  public String dotted() {
    var out = new StringBuilder();
    for (Segment segment : segments) {
      switch (segment) {
        case Key(String name) -> {
          if (!out.isEmpty()) {
            out.append('.');
          }
          out.append(name);
        }
        case Index(int position) -> out.append('[').append(position).append(']');
      }
    }
    return out.toString();
  }

  /**
   * Kyverno's resource path: {@code /spec/containers/0/image/}, with a leading and a trailing
   * slash; the root renders as {@code /}.
   */
  public String kyvernoResourcePath() {
    var out = new StringBuilder("/");
    for (Segment segment : segments) {
      switch (segment) {
        case Key(String name) -> out.append(name);
        case Index(int position) -> out.append(position);
      }
      out.append('/');
    }
    return out.toString();
  }

  /** RFC 6901 JSON pointer: {@code /spec/containers/0/image}; the root is the empty string. */
  public String jsonPointer() {
    var out = new StringBuilder();
    for (Segment segment : segments) {
      out.append('/');
      switch (segment) {
        case Key(String name) -> out.append(name.replace("~", "~0").replace("/", "~1"));
        case Index(int position) -> out.append(position);
      }
    }
    return out.toString();
  }

  @Override
  public int compareTo(FieldPath other) {
    int common = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < common; i++) {
      int c = compareSegments(segments.get(i), other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  private static int compareSegments(Segment a, Segment b) {
    if (a instanceof Index(int x) && b instanceof Index(int y)) {
      return Integer.compare(x, y);
    }
    if (a instanceof Key(String x) && b instanceof Key(String y)) {
      return x.compareTo(y);
    }
    return a instanceof Index ? -1 : 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    return dotted();
  }
}
