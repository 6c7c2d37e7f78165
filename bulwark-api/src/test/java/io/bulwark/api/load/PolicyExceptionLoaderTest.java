package io.bulwark.api.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.PolicyException;
import io.bulwark.api.problem.Problem;
import io.bulwark.api.yaml.KubeYaml;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyExceptionLoaderTest {

  private static final String VALID = """
      apiVersion: %s
      kind: PolicyException
      metadata:
        name: allow-debug
        namespace: tools
      spec:
        background: false
        exceptions:
        - policyName: disallow-privileged
          ruleNames: [privileged-containers, autogen-privileged-containers]
        - policyName: team/require-labels
          ruleNames: ["*"]
        match:
          any:
          - resources:
              kinds: [Pod]
              namespaces: [tools]
        conditions:
          any:
          - key: "{{ request.object.metadata.labels.debug || '' }}"
            operator: Equals
            value: "true"
        podSecurity:
        - controlName: Capabilities
          images: [busybox*]
      """;

  private static LoadResult<PolicyException> load(String yaml, boolean reportOtherKinds) {
    return PolicyExceptionLoader.load(KubeYaml.parse("exceptions.yaml", yaml), reportOtherKinds);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void readsEveryField(String apiVersion) {
    LoadResult<PolicyException> result = load(VALID.formatted(apiVersion), true);

    assertThat(result.problems()).isEmpty();
    PolicyException exception = result.items().get(0);
    assertThat(exception.key()).isEqualTo("tools/allow-debug");
    assertThat(exception.background()).isFalse();
    assertThat(exception.exceptions()).containsExactly(
        new PolicyException.Exception("disallow-privileged",
            List.of("privileged-containers", "autogen-privileged-containers")),
        new PolicyException.Exception("team/require-labels", List.of("*")));
    assertThat(exception.match().any()).hasSize(1);
    assertThat(exception.conditions().path("any").size()).isEqualTo(1);
    assertThat(exception.hasPodSecurity()).isTrue();
    assertThat(exception.podSecurity().get(0).path("controlName").asString("")).isEqualTo("Capabilities");
  }

  static Stream<String> versions() {
    return Stream.of("kyverno.io/v2", "kyverno.io/v2beta1", "kyverno.io/v2alpha1");
  }

  @Test
  void aClusterScopedExceptionIsKeyedByItsNameAlone() {
    String yaml = VALID.formatted("kyverno.io/v2").replace("  namespace: tools\n", "");
    assertThat(load(yaml, true).items()).extracting(PolicyException::key).containsExactly("allow-debug");
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("apiVersion: kyverno.io/v1\nkind: PolicyException\nmetadata: {name: x}\n"
            + "spec: {exceptions: [], match: {any: []}}", "unsupported apiVersion \"kyverno.io/v1\"; use kyverno.io/v2"),
        Arguments.of("apiVersion: kyverno.io/v2\nkind: PolicyException\nmetadata: {name: x}\n",
            "required field is missing"),
        Arguments.of("apiVersion: kyverno.io/v2\nkind: PolicyException\nmetadata: {name: x}\n"
            + "spec: {match: {any: []}}", "required field is missing"),
        Arguments.of("apiVersion: kyverno.io/v2\nkind: PolicyException\nmetadata: {name: x}\n"
            + "spec: {exceptions: [{policyName: p}], match: {any: []}}", "required field is missing"),
        Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n",
            "expected a kyverno.io PolicyException, got v1 ConfigMap"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("problems")
  void aBadExceptionIsReportedAndLeftOut(String yaml, String message) {
    LoadResult<PolicyException> result = load(yaml, true);
    assertThat(result.items()).isEmpty();
    assertThat(result.problems()).extracting(Problem::message).contains(message);
  }

  @Test
  void otherKindsAreSkippedQuietlyWhenAsked() {
    LoadResult<PolicyException> result = load("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n---\n"
        + VALID.formatted("kyverno.io/v2"), false);
    assertThat(result.problems()).isEmpty();
    assertThat(result.items()).extracting(PolicyException::name).containsExactly("allow-debug");
  }
}
