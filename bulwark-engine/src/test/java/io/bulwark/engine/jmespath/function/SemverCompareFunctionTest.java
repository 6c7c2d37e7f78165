package io.bulwark.engine.jmespath.function;

import static io.bulwark.engine.jmespath.function.Calls.eval;
import static io.bulwark.engine.jmespath.function.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** semver_compare with blang/semver's ranges, wildcards, prerelease order and error texts. */
class SemverCompareFunctionTest {

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of("4.1.3", ">=4.1.x", true),
        Arguments.of("4.1.3", "!4.x.x", false),
        Arguments.of("1.8.6", ">1.0.0 <2.0.0", true),
        Arguments.of("2.1.5", "<2.0.0 || >=3.0.0", false),
        Arguments.of("3.0.0", "<2.0.0 || >=3.0.0", true),
        Arguments.of("1.0.0", "1.0.0", true),
        Arguments.of("1.0.0", "=1.0.0", true),
        Arguments.of("1.0.0", "==1.0.0", true),
        Arguments.of("1.0.1", "!=1.0.0", true),
        Arguments.of("1.0.0", "!1.0.0", false),
        Arguments.of("1.0.0", "<=1.0.0", true),
        Arguments.of("1.0.0", "> 1.0.0", false),
        Arguments.of("1.5.0", ">= 1.0.0  <  2.0.0", true),
        Arguments.of("1.2.9", "1.2.x", true),
        Arguments.of("1.3.0", "1.2.x", false),
        Arguments.of("1.9.9", "1.x", true),
        Arguments.of("2.0.0", "1.x", false),
        Arguments.of("1.9.0", "<=1.x", true),
        Arguments.of("2.0.0", ">1.x", true),
        // blang counts 1.x.x as a patch wildcard: >1.x.x means >=1.1.0.
        Arguments.of("1.5.0", ">1.x.x", true),
        Arguments.of("1.0.0-alpha", "<1.0.0", true),
        Arguments.of("1.0.0-alpha.1", ">1.0.0-alpha", true),
        Arguments.of("1.0.0-alpha.beta", ">1.0.0-alpha.1", true),
        Arguments.of("1.0.0-2", "<1.0.0-10", true),
        Arguments.of("1.0.0+build.5", "1.0.0", true),
        // A version that does not parse counts as 0.0.0.
        Arguments.of("v1.2.3", "0.0.0", true),
        Arguments.of("not a version", "<0.0.1", true),
        Arguments.of("18446744073709551615.0.0", ">1.0.0", true));
  }

  @ParameterizedTest(name = "{0} in \"{1}\" = {2}")
  @MethodSource("results")
  void matchesLikeBlangSemver(String version, String range, boolean expected) {
    assertThat(eval("semver_compare('" + version + "', '" + range + "')"))
        .isEqualTo(json(Boolean.toString(expected)));
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("", "Last element in range is '||'"),
        Arguments.of("|| 1.0.0", "First element in range is '||'"),
        Arguments.of("1.0.0 ||", "Last element in range is '||'"),
        Arguments.of(">=abc", "Could not get version from string: \">=abc\""),
        Arguments.of("~1.0.0",
            "Could not parse Range \"~1.0.0\": Could not parse comparator \"~\" in \"~1.0.0\""),
        Arguments.of(">1.0",
            "Could not parse Range \">1.0\": Could not parse version \"1.0\" in \">1.0\": No"
                + " Major.Minor.Patch elements found"),
        Arguments.of(">01.0.0",
            "Could not parse Range \">01.0.0\": Could not parse version \"01.0.0\" in"
                + " \">01.0.0\": Major number must not contain leading zeroes \"01\""),
        Arguments.of("1.0.a",
            "Could not parse Range \"1.0.a\": Could not parse version \"1.0.a\" in \"1.0.a\":"
                + " Invalid character(s) found in patch number \"a\""),
        Arguments.of("1.0.0-",
            "Could not parse Range \"1.0.0-\": Could not parse version \"1.0.0-\" in \"1.0.0-\":"
                + " Prerelease is empty"),
        Arguments.of("1.0.0-01",
            "Could not parse Range \"1.0.0-01\": Could not parse version \"1.0.0-01\" in"
                + " \"1.0.0-01\": Numeric PreRelease version must not contain leading zeroes"
                + " \"01\""),
        Arguments.of("1.0.0+",
            "Could not parse Range \"1.0.0+\": Could not parse version \"1.0.0+\" in \"1.0.0+\":"
                + " Build meta data is empty"),
        // blang's wildcard expansion turns a prerelease containing x into a bare operator.
        Arguments.of("1.2.3-xyz", "Could not get version from string: \"<\""));
  }

  @ParameterizedTest(name = "\"{0}\" fails")
  @MethodSource("errors")
  void failsWithBlangMessage(String range, String message) {
    assertThat(Calls.error("semver_compare('1.0.0', '" + range + "')")).isEqualTo(message);
  }
}
