package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.value.Semver;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code semver_compare(version, range)}: whether the version is in the blang/semver range ({@code
 * >1.0.0 <2.0.0 || >=3.0.0}, {@code !4.x.x}). A version that does not parse counts as {@code
 * 0.0.0}, as in Kyverno; a range that does not parse fails with blang's message.
 */
final class SemverCompareFunction extends BaseFunction {

  SemverCompareFunction() {
    super(
        "semver_compare",
        "bool",
        "tells whether a semantic version is in a range such as '>1.0.0 <2.0.0 || >=3.0.0'",
        STRING,
        STRING);
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    String versionText = Args.string(name(), arguments, 0);
    String rangeText = Args.string(name(), arguments, 1);
    Semver.Version version;
    try {
      version = Semver.parse(versionText);
    } catch (Semver.Invalid ignored) {
      version = Semver.Version.ZERO;
    }
    try {
      return JsonValues.bool(Semver.parseRange(rangeText).test(version));
    } catch (Semver.Invalid invalid) {
      throw KyvernoErrors.unwrapped(invalid.getMessage());
    }
  }
}
