package io.bulwark.engine.jmespath.function;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code image_normalize(image)}: the full image reference with registry and tag, e.g. {@code
 * nginx} → {@code docker.io/nginx:latest}. The registry added to bare names is Kyverno's {@code
 * defaultRegistry} setting ({@code docker.io} unless configured).
 */
final class ImageNormalizeFunction extends BaseFunction {

  static final String DEFAULT_REGISTRY = "docker.io";

  private final String defaultRegistry;
  private final boolean mutateRegistry;

  ImageNormalizeFunction() {
    this(DEFAULT_REGISTRY, true);
  }

  /**
   * @param defaultRegistry Kyverno's {@code defaultRegistry} setting
   * @param mutateRegistry Kyverno's {@code enableDefaultRegistryMutation}: when false, a registry
   *     that was only added by default is left out of the result
   */
  ImageNormalizeFunction(String defaultRegistry, boolean mutateRegistry) {
    super(
        "image_normalize",
        "string",
        "completes an image reference with the default registry and the 'latest' tag",
        STRING);
    this.defaultRegistry = defaultRegistry;
    this.mutateRegistry = mutateRegistry;
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String image = Args.string(name(), arguments, 0);
    try {
      return JsonValues.text(
          ImageReference.parse(image, defaultRegistry, mutateRegistry).toString());
    } catch (ImageReference.Invalid invalid) {
      throw KyvernoErrors.generic(name(), invalid.getMessage());
    }
  }
}
