package io.bulwark.engine.podsecurity;

/**
 * A field path rendered as Kubernetes' {@code field.Path.String()} does: {@code
 * spec.containers[0].securityContext.privileged}, and map keys in brackets without quotes ({@code
 * metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]}).
 *
 * <p>Kyverno keeps these paths as text from here on: exclusions compare them after replacing every
 * digit run with {@code *}, and workload results are re-rooted with string replacement. Bulwark's
 * {@code FieldPath} cannot tell a struct field from a map key, so the library's rendering is
 * reproduced here instead. Immutable.
 */
record GoPath(String text) {

  static final GoPath SPEC = new GoPath("spec");
  static final GoPath ANNOTATIONS = new GoPath("metadata.annotations");

  GoPath child(String... names) {
    var out = new StringBuilder(text);
    for (String name : names) {
      out.append('.').append(name);
    }
    return new GoPath(out.toString());
  }

  GoPath index(int position) {
    return new GoPath(text + "[" + position + "]");
  }

  GoPath key(String key) {
    return new GoPath(text + "[" + key + "]");
  }

  @Override
  public String toString() {
    return text;
  }
}
