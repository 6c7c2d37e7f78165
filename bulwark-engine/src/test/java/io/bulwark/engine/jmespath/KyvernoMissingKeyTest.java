package io.bulwark.engine.jmespath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where Kyverno mode reports a missing key and where it recovers with null, following Kyverno's
 * interpreter node by node. Each row: expression, document, Kyverno-mode result, standard result.
 */
class KyvernoMissingKeyTest {

  private static final String POD =
      "{'request': {'object': {'metadata': {'name': 'web', 'annotations': null},"
          + " 'spec': {'containers': ["
          + "   {'name': 'a', 'securityContext': {'privileged': true}},"
          + "   {'name': 'b'}]}}}}";

  static Stream<Arguments> cases() {
    return Stream.of(
        row("request.object.metadata.labels.app", POD,
            "error NOT_FOUND: Unknown key \"labels\" in path", "null"),
        row("request.object.metadata.annotations.owner", POD, "null", "null"),
        row("request.object.metadata.labels.app || ''", POD, "\"\"", "\"\""),
        row("request.object.metadata.labels.app || missing", POD, "null", "null"),
        row("request.object.metadata.name && request.object.metadata.uid", POD,
            "error NOT_FOUND: Unknown key \"uid\" in path", "null"),
        row("request.object.metadata.uid && request.object.metadata.name", POD, "null", "null"),
        row("!(request.object.metadata.uid)", POD, "true", "true"),
        // '!' binds tighter than '.', as in go-jmespath: this is (!request).object... = null.
        row("!request.object.metadata.uid", POD, "null", "null"),
        row("request.object.metadata.uid == null", POD, "true", "true"),
        row("request.object.spec.containers[?securityContext.privileged].name", POD, "[\"a\"]",
            "[\"a\"]"),
        row("request.object.spec.containers[*].securityContext", POD,
            "[{\"privileged\":true}]", "[{\"privileged\":true}]"),
        row("request.object.spec.initContainers[*].name", POD, "null", "null"),
        row("request.object.spec.initContainers[].name", POD, "null", "null"),
        row("request.object.spec.initContainers[?privileged]", POD, "null", "null"),
        row("request.object.spec.volumes.*", POD, "null", "null"),
        row("request.object.spec.initContainers[0]", POD,
            "error NOT_FOUND: Unknown key \"initContainers\" in path", "null"),
        row("request.object.spec.initContainers[0:1]", POD, "null", "null"),
        row("not_null(request.object.metadata.labels.app, 'none')", POD, "\"none\"", "\"none\""),
        row("length(request.object.spec.initContainers)", POD,
            "error INVALID_TYPE: JMESPath function 'length': argument #1 is not of type "
                + "string|array|object",
            "error INVALID_TYPE: JMESPath function 'length': argument #1 is not of type "
                + "string|array|object"),
        row("request.object.spec.initContainers || `[]` | length(@)", POD, "0", "0"),
        row("request.object.missing | @", POD, "null", "null"),
        row("request.object | missing", POD, "null", "null"),
        row("[request.object.missing, request.object.metadata.name]", POD, "[null,\"web\"]",
            "[null,\"web\"]"),
        row("{uid: request.object.metadata.uid}", POD, "{\"uid\":null}", "{\"uid\":null}"),
        row("map(&securityContext, request.object.spec.containers)", POD,
            "[{\"privileged\":true},null]", "[{\"privileged\":true},null]"),
        row("request.object.metadata.name.first", POD, "null", "null"),
        row("request.object.spec.containers.name", POD, "null", "null"),
        row("abs('x')[]", "{}", "null",
            "error INVALID_TYPE: JMESPath function 'abs': argument #1 is not of type number"),
        row("\"missing\"", "{}", "error NOT_FOUND: Unknown key \"missing\" in path", "null"),
        row("@", "{}", "{}", "{}"));
  }

  private static Arguments row(String expression, String document, String kyverno,
      String standard) {
    return Arguments.of(expression, document, kyverno, standard);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void followsKyvernoInKyvernoModeAndTheSpecInStandardMode(String expression, String document,
      String kyverno, String standard) {
    assertThat(Trees.search(expression, document, JmesPath.Options.kyverno())).isEqualTo(kyverno);
    assertThat(Trees.search(expression, document, JmesPath.Options.standard()))
        .isEqualTo(standard);
  }

  @Test
  void notFoundCarriesTheMissingKey() {
    assertThatThrownBy(() -> JmesPath.search("a.b.c", Trees.json("{'a': {'x': 1}}")))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.key()).isEqualTo("b"));
  }

  @Test
  void kyvernoModeIsTheDefault() {
    assertThat(JmesPath.compile("a").options().mode()).isEqualTo(JmesPath.Mode.KYVERNO);
  }
}
