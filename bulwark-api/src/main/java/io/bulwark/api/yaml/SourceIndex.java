package io.bulwark.api.yaml;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.SourceLocation;
import java.util.Objects;

/**
 * The 1-based line and column of every value in one parsed document, looked up by {@link
 * FieldPath}. A lookup walks the path from the root, so it costs one map or list access per
 * segment.
 *
 * <p>{@link #locate} answers where a problem at a path should point: the key for a map entry (so
 * {@code metadata.name} points at {@code name:}), the value itself for a list item and for the
 * root. A path that does not exist falls back to its nearest existing ancestor, so a problem about
 * a missing field points at the map that lacks it. Values reached through an alias or a merge key
 * point at the anchored text they were copied from. Immutable and thread-safe.
 */
public final class SourceIndex {

  private final String file;
  private final SourceNode root;

  SourceIndex(String file, SourceNode root) {
    this.file = Objects.requireNonNull(file, "file");
    this.root = root;
  }

  /** An index for a tree that did not come from text: every lookup answers just the file. */
  public static SourceIndex unknown(String file) {
    return new SourceIndex(file, null);
  }

  /**
   * Where {@code path} is written: the key of a map entry, the start of a list item or of the root;
   * the nearest existing ancestor's location when {@code path} does not exist.
   */
  public SourceLocation locate(FieldPath path) {
    return find(path, false);
  }

  /**
   * Where the value at {@code path} starts, for a map entry too; the nearest existing ancestor's
   * {@link #locate} answer when {@code path} does not exist.
   */
  public SourceLocation locateValue(FieldPath path) {
    return find(path, true);
  }

  private SourceLocation find(FieldPath path, boolean valueOfEntry) {
    if (root == null) {
      return SourceLocation.unknown(file);
    }
    SourceNode node = root;
    int line = root.line;
    int column = root.column;
    for (FieldPath.Segment segment : path.segments()) {
      switch (segment) {
        case FieldPath.Key(String name) -> {
          SourceNode.Field field = node.field(name);
          if (field == null) {
            return new SourceLocation(file, line, column);
          }
          line = field.keyLine();
          column = field.keyColumn();
          node = field.value();
        }
        case FieldPath.Index(int position) -> {
          SourceNode item = node.item(position);
          if (item == null) {
            return new SourceLocation(file, line, column);
          }
          line = item.line;
          column = item.column;
          node = item;
        }
      }
    }
    return valueOfEntry
        ? new SourceLocation(file, node.line, node.column)
        : new SourceLocation(file, line, column);
  }
}
