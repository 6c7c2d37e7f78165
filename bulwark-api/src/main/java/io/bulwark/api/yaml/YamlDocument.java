package io.bulwark.api.yaml;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.SourceLocation;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One document of a YAML stream (or a JSON text), converted to a JSON tree with kubectl's scalar
 * rules. The tree is usually an object, but a top-level scalar or list is kept as written; callers
 * decide whether they accept it.
 *
 * @param file the source's label, as the user named it
 * @param index 0-based position among the non-empty documents of the source, counting documents
 *     that had problems, so "document 3" means the same thing to the user and to the code
 * @param tree the converted value; callers own it and may mutate it
 * @param positions where each value of {@code tree} is written
 */
public record YamlDocument(String file, int index, JsonNode tree, SourceIndex positions) {

  public YamlDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(positions, "positions");
  }

  /** Where {@code path} is written; see {@link SourceIndex#locate}. */
  public SourceLocation locate(FieldPath path) {
    return positions.locate(path);
  }
}
