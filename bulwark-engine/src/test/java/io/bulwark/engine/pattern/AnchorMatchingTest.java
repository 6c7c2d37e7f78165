package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anchors, including the cases of Kyverno's {@code TestConditionalAnchorWithMultiplePatterns} and
 * {@code Test_global_anchor} (pkg/engine/validate/validate_test.go), numbered as there.
 */
class AnchorMatchingTest {

  private static final String IMAGE_CONDITION =
      "{'spec': {'containers': [{'name': '*', '(image)': '*:latest | !*:*', 'imagePullPolicy':"
          + " '!Always'}]}}";
  private static final String IMAGE_GLOBAL =
      "{'spec': {'containers': [{'name': '*', '<(image)': '*:latest', 'imagePullPolicy':"
          + " '!Always'}]}}";
  private static final String DOCKER_SOCK =
      "{'metadata': {'labels': {'allow-docker': 'true'}}, '(spec)': {'(volumes)': [{'(hostPath)':"
          + " {'path': '/var/run/docker.sock'}}]}}";
  private static final String ISTIO_INIT =
      "{'spec': {'=(initContainers)': [{'(name)': '!istio-init', '=(securityContext)':"
          + " {'=(runAsUser)': '>0'}}], '=(containers)': [{'=(securityContext)': {'=(runAsUser)':"
          + " '>0'}}]}}";
  private static final String VOLUMES =
      "{'spec': {'=(volumes)': [{'(name)':"
          + " '!credential-socket&!istio-data&!istio-envoy&!workload-certs&!workload-socket',"
          + " '=(emptyDir)': {'sizeLimit': '?*'}}]}}";

  private static String containers(String... specs) {
    StringBuilder out = new StringBuilder("{'spec': {'containers': [");
    for (int i = 0; i < specs.length; i++) {
      String[] parts = specs[i].split(" ");
      out.append(i == 0 ? "" : ", ")
          .append("{'name': 'c")
          .append(i)
          .append("', 'image': '")
          .append(parts[0])
          .append("', 'imagePullPolicy': '")
          .append(parts[1])
          .append("'}");
    }
    return out.append("]}}").toString();
  }

  static Stream<Arguments> kyvernoConditionalAnchorCases() {
    return Stream.of(
        Arguments.of(
            "test-1", IMAGE_CONDITION, containers("nginx:1.2.3 Always"), "skip"),
        Arguments.of(
            "test-2",
            IMAGE_CONDITION,
            containers("nginx:latest Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-3",
            IMAGE_CONDITION,
            containers("nginx Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of("test-4", IMAGE_CONDITION, containers("nginx Never"), "pass"),
        Arguments.of("test-5", IMAGE_CONDITION, containers("nginx:latest Never"), "pass"),
        Arguments.of("test-6", IMAGE_CONDITION, containers("nginx:1.2.3 Never"), "skip"),
        Arguments.of(
            "test-7",
            IMAGE_CONDITION,
            containers("nginx Always", "busybox:1.28 Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-8",
            IMAGE_CONDITION,
            containers("nginx:latest Always", "busybox:1.28 Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-9", IMAGE_CONDITION, containers("nginx:1.2.3 Always", "busybox:1.28 Always"),
            "skip"),
        Arguments.of(
            "test-10", IMAGE_CONDITION, containers("nginx Never", "busybox:1.28 Always"), "pass"),
        Arguments.of(
            "test-11",
            IMAGE_CONDITION,
            containers("nginx:latest Never", "busybox:1.28 Always"),
            "pass"),
        Arguments.of(
            "test-12",
            IMAGE_CONDITION,
            containers("nginx:1.2.3 Never", "busybox:1.28 Always"),
            "skip"),
        Arguments.of(
            "test-13",
            IMAGE_CONDITION,
            containers("busybox:1.28 Always", "nginx Always"),
            "fail /spec/containers/1/imagePullPolicy/"),
        Arguments.of(
            "test-14",
            IMAGE_CONDITION,
            containers("busybox:1.28 Always", "nginx:latest Always"),
            "fail /spec/containers/1/imagePullPolicy/"),
        Arguments.of(
            "test-15",
            IMAGE_CONDITION,
            containers("busybox:1.28 Always", "nginx:1.2.3 Always"),
            "skip"),
        Arguments.of(
            "test-16", IMAGE_CONDITION, containers("busybox:1.28 Always", "nginx Never"), "pass"),
        Arguments.of(
            "test-17",
            IMAGE_CONDITION,
            containers("busybox:1.28 Always", "nginx:latest Never"),
            "pass"),
        Arguments.of(
            "test-18",
            IMAGE_CONDITION,
            containers("busybox:1.28 Always", "nginx:1.2.3 Never"),
            "skip"),
        Arguments.of(
            "test-19",
            IMAGE_CONDITION,
            containers("busybox Always", "nginx Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-20",
            IMAGE_CONDITION,
            containers("busybox:latest Always", "nginx:latest Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-21",
            IMAGE_CONDITION,
            containers("busybox:1.2.3 Always", "nginx:latest IfNotPresent"),
            "pass"),
        Arguments.of(
            "test-22",
            IMAGE_CONDITION.replace("*:latest | !*:*", "!*:* | *:latest"),
            containers("nginx:latest Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        // Kyverno's table labels test-23 "fail" without asserting it; its asserted twin
        // check_global_anchor_skip says an unmet global anchor skips.
        Arguments.of("test-23", IMAGE_GLOBAL, containers("nginx Always"), "skip"),
        Arguments.of(
            "test-24",
            IMAGE_GLOBAL,
            containers("nginx:latest Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-26",
            "{'spec': {'containers': [{'name': '*', '<(image)': 'nginx', 'env': [{'<(name)': 'foo',"
                + " '<(value)': 'bar'}], 'imagePullPolicy': '!Always'}]}}",
            "{'spec': {'containers': [{'name': 'nginx', 'image': 'nginx', 'env': [{'name': 'foo',"
                + " 'value': 'bar'}], 'imagePullPolicy': 'Always'}]}}",
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "test-28",
            "{'spec': {'containers': [{'name': '*', 'env': [{'<(name)': 'foo', '<(value)': 'bar'}],"
                + " 'imagePullPolicy': '!Always'}]}}",
            "{'spec': {'containers': [{'name': 'nginx', 'image': 'nginx', 'env': [{'name': 'foo',"
                + " 'value': 'bar'}], 'imagePullPolicy': 'IfNotpresent'}]}}",
            "pass"),
        Arguments.of(
            "test-31",
            "{'metadata': {'<(name)': 'nginx'}, 'spec': {'imagePullSecrets': [{'name':"
                + " 'regcred'}]}}",
            "{'metadata': {'name': 'nginx'}, 'spec': {'containers': [{'name': 'nginx', 'image':"
                + " 'nginx:latest'}], 'imagePullSecrets': [{'name': 'cred'}]}}",
            "fail /spec/imagePullSecrets/0/name/"),
        Arguments.of(
            "test-32",
            "{'metadata': {'labels': {'<(foo)': 'bar'}}, 'spec': {'containers': [{'name': 'nginx',"
                + " 'image': '!*:latest'}]}}",
            "{'metadata': {'name': 'nginx', 'labels': {'foo': 'bar'}}, 'spec': {'containers':"
                + " [{'name': 'nginx', 'image': 'nginx'}]}}",
            "pass"),
        Arguments.of(
            "test-33",
            "{'metadata': {'labels': {'<(foo)': 'bar'}}, 'spec': {'containers': [{'name': 'nginx',"
                + " 'image': '!*:latest'}]}}",
            "{'metadata': {'name': 'nginx', 'labels': {'foo': 'bar'}}, 'spec': {'containers':"
                + " [{'name': 'nginx', 'image': 'nginx:latest'}]}}",
            "fail /spec/containers/0/image/"),
        Arguments.of(
            "test-34",
            "{'spec': {'containers': [{'name': '*', '<(image)': 'nginx'}], 'imagePullSecrets':"
                + " [{'name': 'my-registry-secret'}]}}",
            "{'spec': {'containers': [{'name': 'nginx', 'image': 'nginx'}], 'imagePullSecrets':"
                + " [{'name': 'cred'}]}}",
            "fail /spec/imagePullSecrets/0/name/"),
        Arguments.of(
            "test-36",
            "{'spec': {'containers': [{'name': '*', '<(image)': 'nginx'}], 'imagePullSecrets':"
                + " [{'name': 'my-registry-secret'}]}}",
            "{'spec': {'containers': [{'name': 'nginx', 'image': 'nginx'}], 'imagePullSecrets':"
                + " [{'name': 'my-registry-secret'}]}}",
            "pass"),
        Arguments.of(
            "test-37",
            DOCKER_SOCK,
            "{'metadata': {'labels': {'run': 'nginx'}, 'name': 'nginx'}, 'spec': {'containers':"
                + " [{'image': 'nginx', 'name': 'nginx'}]}}",
            "skip"),
        Arguments.of(
            "test-38",
            DOCKER_SOCK,
            "{'metadata': {'labels': {'run': 'nginx'}, 'name': 'nginx'}, 'spec': {'containers':"
                + " [{'image': 'nginx', 'name': 'nginx'}], 'volumes': [{'hostPath': {'path':"
                + " '/var/run/docker.sock'}}]}}",
            "fail /metadata/labels/allow-docker/"),
        Arguments.of(
            "test-39",
            DOCKER_SOCK,
            "{'metadata': {'labels': {'run': 'nginx'}, 'name': 'nginx'}, 'spec': {'containers':"
                + " [{'image': 'nginx', 'name': 'nginx'}], 'volumes': [{'hostPath': {'path':"
                + " '/randome/value'}}]}}",
            "skip"),
        Arguments.of(
            "test-40",
            DOCKER_SOCK,
            "{'metadata': {'labels': {'run': 'nginx', 'allow-docker': 'true'}, 'name': 'nginx'},"
                + " 'spec': {'containers': [{'image': 'nginx', 'name': 'nginx'}], 'volumes':"
                + " [{'hostPath': {'path': '/var/run/docker.sock'}}]}}",
            "pass"),
        Arguments.of(
            "test-41",
            DOCKER_SOCK,
            "{'metadata': {'labels': {'run': 'nginx', 'allow-docker': 'false'}, 'name': 'nginx'},"
                + " 'spec': {'containers': [{'image': 'nginx', 'name': 'nginx'}], 'volumes':"
                + " [{'hostPath': {'path': '/var/run/docker.sock'}}]}}",
            "fail /metadata/labels/allow-docker/"),
        Arguments.of(
            "test-43",
            "{'spec': {'=(volumes)': [{'(name)': '!cache-volume', '=(emptyDir)': {'sizeLimit':"
                + " '?*'}}]}}",
            "{'spec': {'volumes': [{'name': 'cache-volume', 'emptyDir': {}}]}}",
            "skip"),
        Arguments.of(
            "test-44",
            ISTIO_INIT,
            "{'spec': {'initContainers': [{'name': 'nginx', 'securityContext': {'runAsUser':"
                + " 1000}}], 'containers': [{'name': 'nginx', 'image': 'nginx'}]}}",
            "pass"),
        Arguments.of(
            "test-45",
            ISTIO_INIT,
            "{'spec': {'initContainers': [{'name': 'nginx', 'securityContext': {'runAsUser': 0}}],"
                + " 'containers': [{'name': 'nginx', 'image': 'nginx'}]}}",
            "fail /spec/initContainers/0/securityContext/runAsUser/"),
        Arguments.of(
            "test-46",
            ISTIO_INIT,
            "{'spec': {'initContainers': [{'name': 'istio-init', 'securityContext': {'runAsUser':"
                + " 0}}], 'containers': [{'securityContext': {'runAsUser': 1000}}]}}",
            "pass"),
        Arguments.of(
            "test-47",
            ISTIO_INIT,
            "{'spec': {'initContainers': [{'name': 'istio-init', 'securityContext': {'runAsUser':"
                + " 1000}}], 'containers': [{'securityContext': {'runAsUser': 0}}]}}",
            "fail /spec/containers/0/securityContext/runAsUser/"),
        Arguments.of(
            "test-48",
            ISTIO_INIT,
            "{'spec': {'containers': [{'securityContext': {'runAsUser': 1000}}]}}",
            "pass"),
        Arguments.of(
            "test-49",
            ISTIO_INIT,
            "{'spec': {'containers': [{'securityContext': {'runAsUser': 0}}]}}",
            "fail /spec/containers/0/securityContext/runAsUser/"),
        Arguments.of(
            "test-50",
            ISTIO_INIT,
            "{'spec': {'initContainers': [{'name': 'istio-init', 'securityContext': {'runAsUser':"
                + " 0}}], 'containers': [{'name': 'nginx', 'image': 'nginx'}]}}",
            "pass"),
        Arguments.of(
            "test-51",
            VOLUMES,
            "{'spec': {'volumes': [{'name': 'credential-socket', 'emptyDir': {'sizeLimit':"
                + " '1Gi'}}]}}",
            "skip"),
        Arguments.of(
            "test-52",
            VOLUMES,
            "{'spec': {'volumes': [{'name': 'cache-volume', 'emptyDir': {'sizeLimit': '1Gi'}}]}}",
            "pass"),
        Arguments.of(
            "test-53", VOLUMES, "{'spec': {'volumes': [{'name': 'cache-volume'}]}}", "pass"),
        Arguments.of(
            "test-54",
            VOLUMES,
            "{'spec': {'volumes': [{'name': 'cache-volume', 'emptyDir': {}}]}}",
            "fail /spec/volumes/0/emptyDir/sizeLimit/"),
        Arguments.of(
            "check_global_anchor_skip", IMAGE_GLOBAL, containers("nginx:v1 Always"), "skip"),
        Arguments.of(
            "check_global_anchor_fail",
            IMAGE_GLOBAL,
            containers("nginx:latest Always"),
            "fail /spec/containers/0/imagePullPolicy/"),
        Arguments.of(
            "check_global_anchor_pass",
            IMAGE_GLOBAL,
            containers("nginx:latest IfNotPresent"),
            "pass"),
        Arguments.of(
            "check_global_anchor_mixed",
            IMAGE_GLOBAL,
            containers("nginx:latest IfNotPresent", "nginx:v2 IfNotPresent"),
            "pass"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kyvernoConditionalAnchorCases")
  void agreesWithKyvernosAnchorTable(
      String name, String pattern, String resource, String expected) {
    assertThat(Json.match(resource, pattern)).isEqualTo(expected);
  }

  static Stream<Arguments> anchors() {
    return Stream.of(
        // negation
        Arguments.of(
            "negation fails when the key is present",
            "{'spec': {'hostNetwork': false}}",
            "{'spec': {'X(hostNetwork)': null}}",
            "fail /spec/hostNetwork/"),
        Arguments.of(
            "negation fails when the key is present with a null value",
            "{'spec': {'hostNetwork': null}}",
            "{'spec': {'X(hostNetwork)': 'anything'}}",
            "fail /spec/hostNetwork/"),
        Arguments.of(
            "negation passes when the key is absent",
            "{'spec': {'containers': []}}",
            "{'spec': {'X(hostNetwork)': '*'}}",
            "pass"),
        Arguments.of(
            "negation inside a list of maps",
            "{'spec': {'containers': [{'name': 'a'}, {'name': 'b', 'securityContext': {}}]}}",
            "{'spec': {'containers': [{'X(securityContext)': null}]}}",
            "fail /spec/containers/1/securityContext/"),
        // equality
        Arguments.of(
            "equality passes when the key is absent",
            "{'spec': {}}",
            "{'spec': {'=(hostPID)': false}}",
            "pass"),
        Arguments.of(
            "equality checks a present key",
            "{'spec': {'hostPID': true}}",
            "{'spec': {'=(hostPID)': false}}",
            "fail /spec/hostPID/"),
        Arguments.of(
            "equality checks a present null",
            "{'spec': {'hostPID': null}}",
            "{'spec': {'=(hostPID)': 'true'}}",
            "fail /spec/hostPID/"),
        Arguments.of(
            "equality on a list of maps",
            "{'spec': {'volumes': [{'name': 'a', 'hostPath': {'path': '/'}}]}}",
            "{'spec': {'=(volumes)': [{'X(hostPath)': null}]}}",
            "fail /spec/volumes/0/hostPath/"),
        // existence
        Arguments.of(
            "existence passes when one element matches",
            "{'spec': {'containers': [{'image': 'a'}, {'image': 'nginx:1'}]}}",
            "{'spec': {'^(containers)': [{'image': 'nginx:*'}]}}",
            "pass"),
        Arguments.of(
            "existence fails at the list when no element matches",
            "{'spec': {'containers': [{'image': 'a'}, {'image': 'b'}]}}",
            "{'spec': {'^(containers)': [{'image': 'nginx:*'}]}}",
            "fail /spec/containers/"),
        Arguments.of(
            "existence needs a match for every pattern map",
            "{'spec': {'containers': [{'image': 'a'}, {'image': 'b'}]}}",
            "{'spec': {'^(containers)': [{'image': 'a'}, {'image': 'c'}]}}",
            "fail /spec/containers/"),
        Arguments.of(
            "existence fails on an empty list",
            "{'spec': {'containers': []}}",
            "{'spec': {'^(containers)': [{'image': '*'}]}}",
            "fail /spec/containers/"),
        Arguments.of(
            "existence passes when the key is absent",
            "{'spec': {}}",
            "{'spec': {'^(containers)': [{'image': '*'}]}}",
            "pass"),
        Arguments.of(
            "existence with an element chosen by a condition",
            "{'list': [{'name': 'nirmata-1', 'object': [{'key1': 'value1', 'key2': 'value2'}]},"
                + " {'name': 'nirmata-1', 'object': [{'key1': 'not_value', 'key2':"
                + " 'not_value'}]}]}",
            "{'^(list)': [{'(name)': 'nirmata-*', 'object': [{'(key1)': 'value*', 'key2':"
                + " 'value*'}]}]}",
            "pass"),
        // conditional
        Arguments.of(
            "condition met: siblings are checked",
            "{'spec': {'containers': [{'name': 'kyverno', 'image': 'kyverno.io/test:latest'}]}}",
            "{'spec': {'containers': [{'(name)': 'kyverno', 'image': 'kyverno.io*'}]}}",
            "pass"),
        Arguments.of(
            "condition not met: the map is skipped whatever its siblings",
            "{'spec': {'type': 'ClusterIP', 'externalName': 'localhost'}}",
            "{'spec': {'(type)': 'ExternalName', 'externalName': '!localhost'}}",
            "skip"),
        Arguments.of(
            "condition key missing: the map is skipped",
            "{'spec': {'externalName': 'localhost'}}",
            "{'spec': {'(type)': 'ExternalName', 'externalName': '!localhost'}}",
            "skip"),
        Arguments.of(
            "a failure under a condition is a skip, even a negation",
            "{'spec': {'securityContext': {'privileged': true}}}",
            "{'spec': {'(securityContext)': {'X(privileged)': null}}}",
            "skip"),
        Arguments.of(
            "condition met on some elements only: the others are passed over",
            "{'spec': {'containers': [{'name': 'a', 'image': 'x'}, {'name': 'b', 'image':"
                + " 'y:1'}]}}",
            "{'spec': {'containers': [{'(name)': 'b', 'image': '*:1'}]}}",
            "pass"),
        // global
        Arguments.of(
            "global anchor absent: the rule applies",
            "{'spec': {'x': 2}}",
            "{'spec': {'<(type)': 'LoadBalancer', 'x': 1}}",
            "fail /spec/x/"),
        Arguments.of(
            "global anchor not met: the rule is skipped whatever its siblings",
            "{'spec': {'type': 'ClusterIP', 'x': 2}}",
            "{'spec': {'<(type)': 'LoadBalancer', 'x': 1}}",
            "skip"),
        // order
        Arguments.of(
            "conditional anchors are checked first, whatever the document order",
            "{'a': 'y', 'b': 1}",
            "{'X(b)': null, '(a)': 'x'}",
            "skip"),
        Arguments.of(
            "guarding anchors are checked before plain keys",
            "{'a': 'y', 'b': 1}",
            "{'b': 2, 'X(a)': null}",
            "fail /a/"),
        Arguments.of(
            "plain keys holding anchors are checked before the others, in reverse order",
            "{'a': {'n': 1}, 'b': {'n': 1}, 'c': {'n': 1}}",
            "{'a': {'=(n)': 2}, 'b': {'n': 2}, 'c': {'=(n)': 2}}",
            "fail /c/n/"),
        // skips set aside within a map
        Arguments.of(
            "a skipped =(list) does not hide a failing plain sibling",
            "{'spec': {'initContainers': [{'name': 'istio-init', 'image': 'x'}], 'containers':"
                + " [{'image': 'evil'}]}}",
            "{'spec': {'=(initContainers)': [{'(name)': '!istio-*', 'image': 'safe*'}],"
                + " 'containers': [{'image': 'safe*'}]}}",
            "fail /spec/containers/0/image/"),
        Arguments.of(
            "an anchor failing after a skipped anchor is ignored",
            "{'spec': {'a': [{'n': 'y'}], 'b': 'bad'}}",
            "{'spec': {'=(a)': [{'(n)': 'x'}], '=(b)': 'ok'}}",
            "skip"),
        Arguments.of(
            "an anchor failing before a skipped anchor is reported",
            "{'spec': {'a': 'bad', 'b': [{'n': 'y'}]}}",
            "{'spec': {'=(a)': 'ok', '=(b)': [{'(n)': 'x'}]}}",
            "fail /spec/a/"),
        // failures without a path
        Arguments.of(
            "a conditional key never found anywhere removes the path",
            "{'spec': {'containers': [{'image': 'y'}]}}",
            "{'spec': {'^(containers)': [{'(name)': 'nginx', 'image': 'x'}]}}",
            "error"),
        Arguments.of(
            "a conditional key missing from every element removes the path of a later failure",
            "{'spec': {'initContainers': [{'image': 'a'}], 'containers': [{'image': 'evil'}]}}",
            "{'spec': {'=(initContainers)': [{'(name)': 'x', 'image': 'y'}], 'containers':"
                + " [{'image': 'safe*'}]}}",
            "error"),
        Arguments.of(
            "a negation failure keeps its path even then",
            "{'spec': {'initContainers': [{'image': 'a'}], 'securityContext': {'runAsUser': 0}}}",
            "{'spec': {'=(initContainers)': [{'(name)': 'x'}], 'securityContext':"
                + " {'X(runAsUser)': null}}}",
            "fail /spec/securityContext/runAsUser/"),
        Arguments.of(
            "negation anchors never found do not remove the path",
            "{'spec': {'hostPID': true}}",
            "{'spec': {'X(hostNetwork)': null, 'hostPID': false}}",
            "fail /spec/hostPID/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anchors")
  void appliesAnchorsLikeKyverno(String name, String resource, String pattern, String expected) {
    assertThat(Json.match(resource, pattern)).isEqualTo(expected);
  }

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of(
            IMAGE_CONDITION,
            containers("nginx:1.2.3 Always"),
            "conditional anchor mismatch: resource value 'nginx:1.2.3' does not match '*:latest |"
                + " !*:*' at path /spec/containers/0/image/"),
        Arguments.of(
            IMAGE_CONDITION,
            containers("a:1 Always", "b:2 Never"),
            "conditional anchor mismatch: resource value 'a:1' does not match '*:latest | !*:*'"
                + " at path /spec/containers/0/image/; conditional anchor mismatch: resource value"
                + " 'b:2' does not match '*:latest | !*:*' at path /spec/containers/1/image/"),
        Arguments.of(
            "{'spec': {'(type)': 'ExternalName'}}",
            "{'spec': {}}",
            "conditional anchor mismatch: conditional anchor key doesn't exist in the resource"),
        Arguments.of(
            IMAGE_GLOBAL,
            containers("nginx:v1 Always"),
            "global anchor mismatch: resource value 'nginx:v1' does not match '*:latest' at path"
                + " /spec/containers/0/image/"),
        Arguments.of(
            "{'spec': {'X(hostNetwork)': null}}",
            "{'spec': {'hostNetwork': true}}",
            "negation anchor matched in resource: /spec/hostNetwork/ is not allowed"),
        Arguments.of(
            "{'spec': {'^(containers)': [{'image': 'x'}]}}",
            "{'spec': {'containers': [{'image': 'y'}]}}",
            "existence anchor validation failed at path /spec/containers/"),
        Arguments.of(
            "{'spec': {'^(containers)': [{'image': 'x'}]}}",
            "{'spec': {'containers': {'image': 'y'}}}",
            "invalid resource type map[string]interface {}: Existence ^ () anchor can be used"
                + " only on list/array type resource"),
        Arguments.of(
            "{'spec': {'^(containers)': {'image': 'x'}}}",
            "{'spec': {'containers': [{'image': 'y'}]}}",
            "invalid pattern type map[string]interface {}: Pattern has to be of list to compare"
                + " against resource"),
        Arguments.of(
            "{'spec': {'^(containers)': ['x']}}",
            "{'spec': {'containers': [{'image': 'y'}]}}",
            "invalid pattern type []interface {}: Pattern has to be of type map to compare"
                + " against items in resource"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("reasons")
  void explainsInKyvernosWords(String pattern, String resource, String reason) {
    MatchOutcome outcome = Json.outcome(Json.tree(resource), Json.tree(pattern));
    String actual =
        switch (outcome) {
          case MatchOutcome.Skip s -> s.reason();
          case MatchOutcome.Mismatch m -> m.reason();
          case MatchOutcome.Matched m -> "matched";
        };
    assertThat(actual).isEqualTo(reason);
  }
}
