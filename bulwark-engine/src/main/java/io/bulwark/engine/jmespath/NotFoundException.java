package io.bulwark.engine.jmespath;

/**
 * A field that does not exist was selected: Kyverno's JMESPath reports {@code Unknown key "k" in
 * path} instead of returning null, so an unresolvable variable is an error, not a silent null.
 * Only raised in {@link JmesPath.Options#kyverno() Kyverno mode}; see {@link JmesPath} for where
 * the error is raised and where the expression recovers from it.
 */
public final class NotFoundException extends JmesPathException {

  private final String key;

  public NotFoundException(String key) {
    super(Kind.NOT_FOUND, "Unknown key \"" + key + "\" in path");
    this.key = key;
  }

  public String key() {
    return key;
  }
}
