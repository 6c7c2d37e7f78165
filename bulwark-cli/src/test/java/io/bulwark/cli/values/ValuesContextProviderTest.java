package io.bulwark.cli.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.load.PolicyLoader;
import io.bulwark.api.load.ProblemSink;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.yaml.KubeYaml;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValuesContextProviderTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final KyvernoPolicy POLICY = PolicyLoader.load(KubeYaml.parse("policy.yaml", """
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata:
        name: check
      spec:
        rules:
        - name: r
          match:
            any:
            - resources:
                kinds: [Pod]
          validate:
            pattern:
              metadata:
                name: "?*"
      """)).items().get(0);

  private static final JsonNode WEB = JSON.readTree("{\"kind\": \"Pod\", \"metadata\": {\"name\": \"web\"}}");

  private static Values values(String yaml) {
    var sink = ProblemSink.withoutPositions("values.yaml");
    Values values = ValuesParser.parse(KubeYaml.parse("values.yaml", yaml).get(0), sink);
    assertThat(sink.problems()).isEmpty();
    return values;
  }

  static Stream<Arguments> precedence() {
    String all = """
        globalValues: {x: global}
        policies:
        - name: check
          resources:
          - name: web
            values: {x: resource}
          rules:
          - name: r
            values: {x: rule}
        """;
    String noRule = """
        globalValues: {x: global}
        policies:
        - name: check
          resources:
          - name: web
            values: {x: resource}
        """;
    return Stream.of(
        Arguments.of("globalValues: {x: global}", Map.of(), "r", "global"),
        Arguments.of(noRule, Map.of(), "r", "resource"),
        Arguments.of(noRule, Map.of("x", "set"), "r", "set"),
        // Kyverno's CLI adds rule values when it loads the rule's context, after --set.
        Arguments.of(all, Map.of("x", "set"), "r", "rule"),
        Arguments.of(all, Map.of(), "autogen-r", "rule"),
        Arguments.of(all, Map.of(), "autogen-cronjob-r", "rule"),
        Arguments.of(all, Map.of(), "other-rule", "resource"),
        Arguments.of("""
            globalValues: {x: global}
            policies:
            - name: other-policy
              rules:
              - name: r
                values: {x: other}
              resources:
              - name: web
                values: {x: other}
            """, Map.of(), "r", "global"),
        Arguments.of("""
            policies:
            - name: check
              resources:
              - name: db
                values: {x: db}
            """, Map.of("y", "set"), "r", null),
        Arguments.of("""
            policies:
            - name: check
              rules:
              - name: r
                values: {x: first}
              - name: r
                values: {x: second}
            """, Map.of(), "r", "first"));
  }

  @ParameterizedTest(name = "[{index}] {2} with --set {1} -> {3}")
  @MethodSource("precedence")
  void valuesOfARuleFollowKyvernosPrecedence(String yaml, Map<String, String> set, String rule, String expected) {
    JsonNode merged = new ValuesContextProvider(values(yaml), set).values(POLICY, rule, WEB);
    if (expected == null) {
      assertThat(merged == null || !merged.has("x")).isTrue();
    } else {
      assertThat(merged.path("x").asString("")).isEqualTo(expected);
    }
  }

  static Stream<Arguments> foreachElements() {
    return Stream.of(
        Arguments.of("r", 0, "{\"image\": \"a\", \"port\": 1}"),
        Arguments.of("r", 1, "{\"image\": \"b\"}"),
        Arguments.of("r", 2, null),
        Arguments.of("autogen-r", 1, "{\"image\": \"b\"}"),
        Arguments.of("other", 0, null));
  }

  @ParameterizedTest(name = "{0}[{1}]")
  @MethodSource("foreachElements")
  void foreachValuesGiveEachElementItsOwnEntry(String rule, int index, String expected) {
    Values values = values("""
        policies:
        - name: check
          rules:
          - name: r
            foreachValues:
              image: [a, b]
              port: [1]
        """);
    JsonNode element = new ValuesContextProvider(values, Map.of()).foreachValues(POLICY, rule, index);
    assertThat(element).isEqualTo(expected == null ? null : JSON.readTree(expected));
  }
}
