package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.problem.FieldPath;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Structure, lists, leaves and failure paths; anchors are in {@link AnchorMatchingTest}. */
class PatternMatcherTest {

  private static final String DEPLOYMENT =
      """
      {'apiVersion': 'apps/v1', 'kind': 'Deployment',
       'metadata': {'name': 'nginx-deployment', 'labels': {'app': 'nginx'}},
       'spec': {'replicas': 3, 'template': {'spec': {
         'securityContext': {'runAsNonRoot': true},
         'containers': [{'name': 'nginx', 'image': 'https://nirmata/nginx:latest',
           'livenessProbe': {'tcpSocket': {'port': 8080}, 'periodSeconds': 11},
           'resources': {'limits': {'memory': '2Gi', 'cpu': 8},
                         'requests': {'memory': '512Mi', 'cpu': '8'}},
           'ports': [{'containerPort': 80}]}]}}}}
      """;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "operators in a nested list element",
            DEPLOYMENT,
            "{'spec': {'template': {'spec': {'containers': [{'name': '?*', 'resources': {'requests': {'cpu': '<4|8'}}}]}}}}",
            "pass"),
        Arguments.of(
            "keys the pattern does not mention are ignored",
            DEPLOYMENT,
            "{'metadata': {'labels': {'app': 'nginx'}}}",
            "pass"),
        Arguments.of(
            "star accepts an integer",
            DEPLOYMENT,
            "{'spec': {'template': {'spec': {'containers': [{'name': '*', 'livenessProbe': {'periodSeconds': '*'}}]}}}}",
            "pass"),
        Arguments.of(
            "star accepts a map",
            DEPLOYMENT,
            "{'spec': {'template': {'spec': {'containers': [{'name': '*', 'livenessProbe': '*'}]}}}}",
            "pass"),
        Arguments.of(
            "star accepts a list",
            DEPLOYMENT,
            "{'spec': {'template': {'spec': {'containers': '*'}}}}",
            "pass"),
        Arguments.of(
            "star rejects a null field at the parent path",
            "{'spec': {'containers': [{'name': 'a', 'livenessProbe': null}]}}",
            "{'spec': {'containers': [{'name': '*', 'livenessProbe': '*'}]}}",
            "fail /spec/containers/0/"),
        Arguments.of(
            "star rejects a missing field at the parent path",
            "{'spec': {'containers': [{'name': 'a'}]}}",
            "{'spec': {'containers': [{'livenessProbe': '*'}]}}",
            "fail /spec/containers/0/"),
        Arguments.of(
            "null pattern accepts a null field",
            "{'spec': {'containers': [{'name': 'a', 'livenessProbe': null}]}}",
            "{'spec': {'containers': [{'name': '*', 'livenessProbe': null}]}}",
            "pass"),
        Arguments.of(
            "null pattern accepts a missing field",
            "{'spec': {'containers': [{'name': 'a'}]}}",
            "{'spec': {'containers': [{'name': '*', 'livenessProbe': null}]}}",
            "pass"),
        Arguments.of(
            "a failing leaf is reported at its own path",
            DEPLOYMENT,
            "{'spec': {'template': {'spec': {'securityContext': {'runAsNonRoot': false}}}}}",
            "fail /spec/template/spec/securityContext/runAsNonRoot/"),
        Arguments.of(
            "a missing leaf is checked as null, which false does not accept",
            "{'spec': {}}",
            "{'spec': {'hostNetwork': false}}",
            "fail /spec/hostNetwork/"),
        Arguments.of(
            "every element of a list is checked against the first pattern map",
            "{'spec': {'containers': [{'image': 'a:1'}, {'image': 'b:latest'}]}}",
            "{'spec': {'containers': [{'image': '!*:latest'}]}}",
            "fail /spec/containers/1/image/"),
        Arguments.of(
            "later pattern maps are ignored",
            "{'spec': {'containers': [{'image': 'a:1'}]}}",
            "{'spec': {'containers': [{'image': 'a:*'}, {'image': 'zzz'}]}}",
            "pass"),
        Arguments.of(
            "an empty resource list matches a map pattern",
            "{'spec': {'containers': []}}",
            "{'spec': {'containers': [{'image': 'x'}]}}",
            "pass"),
        Arguments.of(
            "a top-level list pattern reports indices from the root",
            "[{'name': 'nirmata-1', 'object': [{'key1': 'value5', 'key2': '1value1'}]}]",
            "[{'(name)': 'nirmata-*', 'object': [{'(key1)': 'value*', 'key2': 'value*'}]}]",
            "fail /0/object/0/key2/"),
        Arguments.of(
            "a scalar pattern must match every element of a resource list",
            "{'args': ['--a', '--privileged']}",
            "{'args': '!--privileged'}",
            "fail /args/"),
        Arguments.of(
            "a scalar first pattern element must match every element",
            "{'args': ['ab', 'ac']}",
            "{'args': ['a*']}",
            "pass"),
        Arguments.of(
            "a scalar first pattern element failing is reported at the list",
            "{'args': ['ab', 'b']}",
            "{'args': ['a*']}",
            "fail /args/"),
        Arguments.of(
            "nested lists are compared by position",
            "{'m': [['a'], ['b'], ['c']]}",
            "{'m': [['a'], ['b']]}",
            "pass"),
        Arguments.of(
            "a positional mismatch is reported at the element",
            "{'m': [['a'], ['x']]}",
            "{'m': [['a'], ['b']]}",
            "fail /m/1/"),
        Arguments.of(
            "a resource list shorter than a positional pattern has no path",
            "{'m': [['a']]}",
            "{'m': [['a'], ['b']]}",
            "error"),
        Arguments.of(
            "an empty pattern list fails",
            "{'args': ['a']}",
            "{'args': []}",
            "fail /args/"),
        Arguments.of(
            "a map pattern against a scalar fails at the scalar",
            "{'spec': {'a': 'x'}}",
            "{'spec': {'a': {'b': 1}}}",
            "fail /spec/a/"),
        Arguments.of(
            "a map pattern against a missing key fails at the key",
            "{'metadata': {'labels': {'a': 'b'}}}",
            "{'metadata': {'annotations': {'a': 'b'}}}",
            "fail /metadata/annotations/"),
        Arguments.of(
            "a list pattern against a map fails at the map",
            "{'spec': {'a': {'b': 1}}}",
            "{'spec': {'a': [1]}}",
            "fail /spec/a/"),
        Arguments.of("the root path is a slash", "'x'", "{'a': 1}", "fail /"),
        Arguments.of(
            "an add-if-not-present anchor is looked up literally",
            "{'spec': {'foo': 'bar'}}",
            "{'spec': {'+(foo)': 'bar'}}",
            "fail /spec/+(foo)/"),
        Arguments.of(
            "an add-if-not-present anchor with a null pattern passes",
            "{'spec': {'foo': 'bar'}}",
            "{'spec': {'+(foo)': null}}",
            "pass"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesLikeKyverno(String name, String resource, String pattern, String expected) {
    assertThat(Json.match(resource, pattern)).isEqualTo(expected);
  }

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of(
            "{'spec': {'a': 'x'}}",
            "{'spec': {'a': {'b': 1}}}",
            "pattern and resource have different structures. Path: /spec/a/. Expected"
                + " map[string]interface {}, found string"),
        Arguments.of(
            "{'spec': {}}",
            "{'spec': {'a': {'b': 1}}}",
            "pattern and resource have different structures. Path: /spec/a/. Expected"
                + " map[string]interface {}, found <nil>"),
        Arguments.of(
            "{'spec': {'a': {'b': 1}}}",
            "{'spec': {'a': [1]}}",
            "validation rule failed at path /spec/a/, resource does not satisfy the expected"
                + " overlay pattern"),
        Arguments.of(
            "{'args': ['--a', '--privileged']}",
            "{'args': '!--privileged'}",
            "resource value '[--a --privileged]' does not match '!--privileged' at path /args/"),
        Arguments.of(
            "{'spec': {'replicas': 1.5}}",
            "{'spec': {'replicas': 2}}",
            "resource value '1.5' does not match '2' at path /spec/replicas/"),
        Arguments.of(
            "{'spec': {}}",
            "{'spec': {'name': '*'}}",
            "/spec//name not found"),
        Arguments.of("{'args': ['a']}", "{'args': []}", "pattern Array empty"),
        Arguments.of(
            "{'m': [['a']]}",
            "{'m': [['a'], ['b']]}",
            "validate Array failed, array length mismatch, resource Array len is 1 and pattern"
                + " Array len is 2"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("reasons")
  void explainsFailuresInKyvernosWords(String resource, String pattern, String reason) {
    MatchOutcome outcome = Json.outcome(Json.tree(resource), Json.tree(pattern));
    assertThat(outcome).isInstanceOfSatisfying(
        MatchOutcome.Mismatch.class, m -> assertThat(m.reason()).isEqualTo(reason));
  }

  @Test
  void returnsTheFailurePathAsAFieldPath() {
    MatchOutcome outcome =
        PatternMatcher.match(
            Json.tree("{'spec': {'containers': [{'securityContext': {'privileged': true}}]}}"),
            Json.tree("{'spec': {'containers': [{'securityContext': {'privileged': false}}]}}"));
    FieldPath expected =
        FieldPath.of("spec", "containers").index(0).child("securityContext").child("privileged");
    assertThat(outcome)
        .isEqualTo(new MatchOutcome.Mismatch(Optional.of(expected), reasonOf(outcome)));
  }

  @Test
  void leavesBothTreesUntouched() {
    JsonNode pattern = Json.tree("{'metadata': {'labels': {'team-*': '?*', 'X(app)': null}}}");
    JsonNode resource = Json.tree("{'metadata': {'labels': {'team-a': 'x'}}}");
    JsonNode patternBefore = pattern.deepCopy();
    JsonNode resourceBefore = resource.deepCopy();

    PatternMatcher.match(resource, pattern);

    assertThat(pattern).isEqualTo(patternBefore);
    assertThat(resource).isEqualTo(resourceBefore);
  }

  private static String reasonOf(MatchOutcome outcome) {
    return ((MatchOutcome.Mismatch) outcome).reason();
  }
}
