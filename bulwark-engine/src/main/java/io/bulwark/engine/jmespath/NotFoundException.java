package io.bulwark.engine.jmespath;

/**
 * A field that does not exist was selected: Kyverno's JMESPath reports {@code Unknown key "k" in
 * path} instead of returning null, so an unresolvable variable is an error, not a silent null.
 */
public final class NotFoundException extends JmesPathException {

  private final String key;

  public NotFoundException(String key) {
    super("Unknown key \"" + key + "\" in path");
    this.key = key;
  }

  public String key() {
    return key;
  }
}
