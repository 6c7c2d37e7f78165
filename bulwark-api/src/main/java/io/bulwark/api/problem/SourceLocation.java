package io.bulwark.api.problem;

/**
 * Where something sits in a source file: the file as the user named it, and a 1-based line and
 * column (0 when unknown).
 */
public record SourceLocation(String file, int line, int column) {

  public static SourceLocation unknown(String file) {
    return new SourceLocation(file, 0, 0);
  }

  public boolean hasPosition() {
    return line > 0;
  }

  /** {@code policy.yaml:14:9}, or just the file when the position is unknown. */
  public String render() {
    return hasPosition() ? file + ":" + line + ":" + column : file;
  }

  @Override
  public String toString() {
    return render();
  }
}
