package io.bulwark.api.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a user's input (a policy, a resource, a test file): where it is and what
 * to change. Rendered like a compiler message:
 * {@code policy.yaml:14:9: spec.rules[0].validate: exactly one of pattern, anyPattern, ... is required}.
 */
public record Problem(Severity severity, SourceLocation location, FieldPath path, String message) {

  /** Orders problems by file, then position, then path. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.location().file())
          .thenComparingInt(p -> p.location().line())
          .thenComparingInt(p -> p.location().column())
          .thenComparing(Problem::path);

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(SourceLocation location, FieldPath path, String message) {
    return new Problem(Severity.ERROR, location, path, message);
  }

  public static Problem warning(SourceLocation location, FieldPath path, String message) {
    return new Problem(Severity.WARNING, location, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: path: message}; a warning is prefixed with {@code warning: }. */
  public String render() {
    var out = new StringBuilder(location.render()).append(": ");
    if (severity == Severity.WARNING) {
      out.append("warning: ");
    }
    if (!path.isRoot()) {
      out.append(path.dotted()).append(": ");
    }
    return out.append(message).toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
