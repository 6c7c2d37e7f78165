package io.bulwark.cli.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import io.bulwark.engine.request.RequestInfo;
import io.bulwark.engine.request.UserInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserInfoParserTest {

  private static RequestInfo parse(String yaml, ProblemSink sink) {
    return UserInfoParser.parse(KubeYaml.parse("user.yaml", yaml).get(0), sink);
  }

  @Test
  void readsRolesClusterRolesAndTheUser() {
    var sink = ProblemSink.withoutPositions("test.yaml");
    RequestInfo info = parse("""
        apiVersion: cli.kyverno.io/v1alpha1
        kind: UserInfo
        metadata:
          name: user-info
        roles:
        - shop:editor
        clusterRoles:
        - view
        userInfo:
          username: system:serviceaccount:ci:deployer
          uid: "42"
          groups:
          - system:serviceaccounts
          extra:
            scope: [a, b]
        """, sink);

    assertThat(sink.problems()).isEmpty();
    assertThat(info).isEqualTo(new RequestInfo(List.of("shop:editor"), List.of("view"),
        new UserInfo("system:serviceaccount:ci:deployer", "42", List.of("system:serviceaccounts"),
            Map.of("scope", List.of("a", "b")))));
  }

  @Test
  void missingPartsAreEmpty() {
    var sink = ProblemSink.withoutPositions("test.yaml");
    RequestInfo info = parse("clusterRoles: [admin]\n", sink);
    assertThat(sink.problems()).isEmpty();
    assertThat(info).isEqualTo(new RequestInfo(List.of(), List.of("admin"), UserInfo.EMPTY));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("- a list", "a user info file must be an object"),
        Arguments.of("kind: Values\nroles: []", "expected kind UserInfo, got \"Values\""),
        Arguments.of("roles: admin", "expected a list of strings"),
        Arguments.of("userInfo:\n  groups: devs", "expected a list of strings"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void wrongShapesAreReported(String yaml, String message) {
    var sink = ProblemSink.withoutPositions("test.yaml");
    parse(yaml, sink);
    assertThat(sink.problems()).extracting(Problem::message).contains(message);
  }
}
