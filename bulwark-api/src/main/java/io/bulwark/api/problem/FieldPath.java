package io.bulwark.api.problem;

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

  private static final FieldPath ROOT = new FieldPath(null, null);

  /** The path without its last segment; null for the root. */
  private final FieldPath parent;
  /** The last segment; null for the root. */
  private final Segment last;
  private final int size;
  /** The segments as a list, made on first use (a benign race: every thread builds an equal list). */
  private List<Segment> segments;

  /*
   * A path shares its parent: child() and index() cost one small object, not a copy of every
   * segment, as the pattern matcher asks for a path at every key it visits and needs one only
   * when something fails there.
   */
  private FieldPath(FieldPath parent, Segment last) {
    this.parent = parent;
    this.last = last;
    this.size = parent == null ? 0 : parent.size + 1;
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
    return new FieldPath(this, new Key(name));
  }

  public FieldPath index(int position) {
    return new FieldPath(this, new Index(position));
  }

  /** This path followed by all of {@code other}'s segments. */
  public FieldPath concat(FieldPath other) {
    FieldPath path = this;
    for (Segment segment : other.segments()) {
      path = new FieldPath(path, segment);
    }
    return path;
  }

  public List<Segment> segments() {
    List<Segment> list = segments;
    if (list == null) {
      Segment[] all = new Segment[size];
      for (FieldPath at = this; at.last != null; at = at.parent) {
        all[at.size - 1] = at.last;
      }
      list = List.of(all);
      segments = list;
    }
    return list;
  }

  public boolean isRoot() {
    return size == 0;
  }

  /** The path without its last segment; the root's parent is the root. */
  public FieldPath parent() {
    return parent == null ? this : parent;
  }

  public boolean startsWith(FieldPath prefix) {
    if (prefix.size > size) {
      return false;
    }
    FieldPath at = this;
    while (at.size > prefix.size) {
      at = at.parent;
    }
    return at.equals(prefix);
  }

  /** {@code spec.rules[0].validate.pattern}; the root renders as the empty string. */
  public String dotted() {
    var out = new StringBuilder();
    for (Segment segment : segments()) {
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
    for (Segment segment : segments()) {
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
    for (Segment segment : segments()) {
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
    List<Segment> mine = segments();
    List<Segment> theirs = other.segments();
    int common = Math.min(mine.size(), theirs.size());
    for (int i = 0; i < common; i++) {
      int c = compareSegments(mine.get(i), theirs.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(mine.size(), theirs.size());
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
    if (this == o) {
      return true;
    }
    if (!(o instanceof FieldPath other) || other.size != size) {
      return false;
    }
    FieldPath a = this;
    FieldPath b = other;
    while (a != b && a.last != null) {
      if (!a.last.equals(b.last)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return segments().hashCode();
  }

  @Override
  public String toString() {
    return dotted();
  }
}
