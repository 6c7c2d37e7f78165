package io.bulwark.engine.jmespath.function;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * {@code random(regex)}: a random string matching a Go regular expression, e.g. {@code
 * random('[0-9a-z]{8}')}. See {@link RegexGenerator} for what is supported.
 */
final class RandomFunction extends BaseFunction {

  private final RandomGenerator random;

  RandomFunction() {
    this(new SecureRandom());
  }

  /** With a given source of randomness; it must be thread-safe if the function is shared. */
  RandomFunction(RandomGenerator random) {
    super(
        "random",
        "string",
        "generates a random string that matches a regular expression",
        STRING);
    this.random = random;
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String pattern = Args.string(name(), arguments, 0);
    if (pattern.isEmpty()) {
      throw KyvernoErrors.unwrapped("no pattern provided");
    }
    try {
      GoRegex.compile(pattern);
    } catch (GoRegex.Invalid invalid) {
      throw KyvernoErrors.unwrapped(invalid.getMessage());
    }
    return JsonValues.text(RegexGenerator.generate(pattern, random));
  }
}
