package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code path_canonicalize(path)}: Go's {@code filepath.Join(path)} on Linux, that is {@code
 * path.Clean} except that an empty path stays empty. Repeated slashes collapse, {@code .} elements
 * go, {@code ..} removes the element before it and cannot climb above the root.
 */
final class PathCanonicalizeFunction extends BaseFunction {

  PathCanonicalizeFunction() {
    super(
        "path_canonicalize",
        "string",
        "cleans a file path: repeated slashes, '.' and '..' elements are resolved",
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String path = Args.string(name(), arguments, 0);
    return JsonValues.text(path.isEmpty() ? "" : clean(path));
  }

  /** Go's {@code path.Clean}. */
  static String clean(String path) {
    boolean rooted = path.charAt(0) == '/';
    int n = path.length();
    var out = new StringBuilder(n);
    int r = 0;
    int dotdot = 0;
    if (rooted) {
      out.append('/');
      r = 1;
      dotdot = 1;
    }
    while (r < n) {
      if (path.charAt(r) == '/') {
        r++;
      } else if (path.charAt(r) == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
        r++;
      } else if (path.charAt(r) == '.'
          && path.charAt(r + 1) == '.'
          && (r + 2 == n || path.charAt(r + 2) == '/')) {
        r += 2;
        if (out.length() > dotdot) {
          int w = out.length() - 1;
          while (w > dotdot && out.charAt(w) != '/') {
            w--;
          }
          out.setLength(w);
        } else if (!rooted) {
          if (out.length() > 0) {
            out.append('/');
          }
          out.append("..");
          dotdot = out.length();
        }
      } else {
        if ((rooted && out.length() != 1) || (!rooted && out.length() != 0)) {
          out.append('/');
        }
        while (r < n && path.charAt(r) != '/') {
          out.append(path.charAt(r));
          r++;
        }
      }
    }
    return out.length() == 0 ? "." : out.toString();
  }
}
