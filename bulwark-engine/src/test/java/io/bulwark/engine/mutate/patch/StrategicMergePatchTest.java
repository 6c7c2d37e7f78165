package io.bulwark.engine.mutate.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kyverno's patchStrategicMerge: kyaml merge rules, list merge keys, directives and anchors. Trees
 * are written as JSON with single quotes; expected trees are compared as trees (key order aside).
 */
class StrategicMergePatchTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private static final String POD =
      "{'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'p'}, 'spec': {'containers': [%s]}}";

  static Stream<Arguments> merges() {
    return Stream.of(
        Arguments.of(
            "maps merge recursively",
            "{'kind': 'ConfigMap', 'apiVersion': 'v1', 'metadata': {'name': 'a', 'labels': {'x': '1'}}}",
            "{'metadata': {'labels': {'y': '2'}}, 'data': {'k': 'v'}}",
            "{'kind': 'ConfigMap', 'apiVersion': 'v1', 'metadata': {'name': 'a', 'labels': {'x': '1', 'y': '2'}}, 'data': {'k': 'v'}}"),
        Arguments.of(
            "a scalar in the patch replaces the resource's",
            "{'spec': {'replicas': 1, 'paused': false}}",
            "{'spec': {'replicas': 3}}",
            "{'spec': {'replicas': 3, 'paused': false}}"),
        Arguments.of(
            "a null in the patch deletes the field and leaves its map",
            "{'metadata': {'name': 'a', 'labels': {'x': '1'}}}",
            "{'metadata': {'labels': {'x': null}}}",
            "{'metadata': {'name': 'a', 'labels': {}}}"),
        Arguments.of(
            "a null for an absent field adds nothing",
            "{'metadata': {'name': 'a'}}",
            "{'metadata': {'labels': null, 'annotations': {'x': null}}}",
            "{'metadata': {'name': 'a', 'annotations': {}}}"),
        Arguments.of(
            "a null the resource holds is dropped by any merge",
            "{'metadata': {'name': 'a', 'creationTimestamp': null}}",
            "{'metadata': {'labels': {'x': '1'}}}",
            "{'metadata': {'name': 'a', 'labels': {'x': '1'}}}"),
        Arguments.of(
            "a resource null is replaced by the patch's map",
            "{'spec': {'securityContext': null}}",
            "{'spec': {'securityContext': {'runAsNonRoot': true}}}",
            "{'spec': {'securityContext': {'runAsNonRoot': true}}}"),
        Arguments.of(
            "lists of a kind without a schema are replaced",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget', 'spec': {'containers': [{'name': 'a'}, {'name': 'b'}]}}",
            "{'spec': {'containers': [{'name': 'c'}]}}",
            "{'apiVersion': 'example.com/v1', 'kind': 'Widget', 'spec': {'containers': [{'name': 'c'}]}}"),
        Arguments.of(
            "a list the schema does not mark merge is replaced",
            pod("{'name': 'a', 'args': ['x', 'y']}"),
            "{'spec': {'containers': [{'name': 'a', 'args': ['z']}], 'tolerations': [{'key': 'k'}]}}",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'p'}, 'spec': "
                + "{'containers': [{'name': 'a', 'args': ['z']}], 'tolerations': [{'key': 'k'}]}}"),
        Arguments.of(
            "a new container goes before the existing ones",
            pod("{'name': 'a', 'image': 'x'}"),
            "{'spec': {'containers': [{'name': 'b', 'image': 'y'}]}}",
            pod("{'name': 'b', 'image': 'y'}, {'name': 'a', 'image': 'x'}")),
        Arguments.of(
            "a container the patch touches is merged and moved to the front",
            pod("{'name': 'a', 'image': 'x'}, {'name': 'b', 'image': 'old'}"),
            "{'spec': {'containers': [{'name': 'b', 'image': 'new'}]}}",
            pod("{'name': 'b', 'image': 'new'}, {'name': 'a', 'image': 'x'}")),
        Arguments.of(
            "env merges by name inside a container",
            pod("{'name': 'a', 'env': [{'name': 'A', 'value': '1'}, {'name': 'B', 'value': '2'}]}"),
            "{'spec': {'containers': [{'name': 'a', 'env': [{'name': 'B', 'value': '3'}, {'name': 'C', 'value': '4'}]}]}}",
            pod("{'name': 'a', 'env': [{'name': 'B', 'value': '3'}, {'name': 'C', 'value': '4'}, {'name': 'A', 'value': '1'}]}")),
        Arguments.of(
            "ports without a protocol are keyed by containerPort alone",
            pod("{'name': 'a', 'ports': [{'containerPort': 80}, {'containerPort': 443}]}"),
            "{'spec': {'containers': [{'name': 'a', 'ports': [{'containerPort': 80, 'name': 'http'}]}]}}",
            pod("{'name': 'a', 'ports': [{'containerPort': 80, 'name': 'http'}, {'containerPort': 443}]}")),
        Arguments.of(
            "a pod template in a Deployment merges like a Pod",
            "{'apiVersion': 'apps/v1', 'kind': 'Deployment', 'spec': {'template': {'spec': {'containers': [{'name': 'a'}], 'volumes': [{'name': 'v', 'emptyDir': {}}]}}}}",
            "{'spec': {'template': {'spec': {'containers': [{'name': 'a', 'image': 'i'}], 'volumes': [{'name': 'w', 'emptyDir': {'medium': 'Memory'}}]}}}}",
            "{'apiVersion': 'apps/v1', 'kind': 'Deployment', 'spec': {'template': {'spec': {'containers': [{'name': 'a', 'image': 'i'}], 'volumes': [{'name': 'w', 'emptyDir': {'medium': 'Memory'}}, {'name': 'v', 'emptyDir': {}}]}}}}"),
        Arguments.of(
            "a CronJob's job template merges like a Pod",
            "{'apiVersion': 'batch/v1', 'kind': 'CronJob', 'spec': {'jobTemplate': {'spec': {'template': {'spec': {'containers': [{'name': 'a'}]}}}}}}",
            "{'spec': {'jobTemplate': {'spec': {'template': {'spec': {'containers': [{'name': 'b'}]}}}}}}",
            "{'apiVersion': 'batch/v1', 'kind': 'CronJob', 'spec': {'jobTemplate': {'spec': {'template': {'spec': {'containers': [{'name': 'b'}, {'name': 'a'}]}}}}}}"),
        Arguments.of(
            "finalizers of a built-in kind merge as a set, the patch's first",
            "{'apiVersion': 'v1', 'kind': 'Namespace', 'metadata': {'finalizers': ['a', 'b']}}",
            "{'metadata': {'finalizers': ['c', 'a']}}",
            "{'apiVersion': 'v1', 'kind': 'Namespace', 'metadata': {'finalizers': ['c', 'a', 'b']}}"),
        Arguments.of(
            "imagePullSecrets merge by name",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'spec': {'imagePullSecrets': [{'name': 'a'}]}}",
            "{'spec': {'imagePullSecrets': [{'name': 'regcred'}, {'name': 'a'}]}}",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'spec': {'imagePullSecrets': [{'name': 'regcred'}, {'name': 'a'}]}}"),
        Arguments.of(
            "$patch: delete removes a map",
            "{'spec': {'securityContext': {'runAsUser': 1}, 'x': 1}}",
            "{'spec': {'securityContext': {'$patch': 'delete'}}}",
            "{'spec': {'x': 1}}"),
        Arguments.of(
            "$patch: replace replaces a map",
            "{'spec': {'securityContext': {'runAsUser': 1, 'fsGroup': 2}}}",
            "{'spec': {'securityContext': {'$patch': 'replace', 'runAsUser': 3}}}",
            "{'spec': {'securityContext': {'runAsUser': 3}}}"),
        Arguments.of(
            "$patch: merge is the default and is removed",
            "{'spec': {'securityContext': {'runAsUser': 1}}}",
            "{'spec': {'securityContext': {'$patch': 'merge', 'fsGroup': 2}}}",
            "{'spec': {'securityContext': {'runAsUser': 1, 'fsGroup': 2}}}"),
        Arguments.of(
            "$patch: delete in an element removes that element",
            pod("{'name': 'a'}, {'name': 'b'}"),
            "{'spec': {'containers': [{'name': 'b', '$patch': 'delete'}]}}",
            pod("{'name': 'a'}")),
        Arguments.of(
            "$patch: replace as a list element replaces the list",
            pod("{'name': 'a'}"),
            "{'spec': {'containers': [{'name': 'b'}, {'$patch': 'replace'}]}}",
            pod("{'name': 'b'}")),
        Arguments.of(
            "$patch: delete as a list element deletes the list",
            pod("{'name': 'a'}"),
            "{'spec': {'containers': [{'$patch': 'delete'}]}}",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'p'}, 'spec': {}}"),
        Arguments.of(
            "$retainKeys, $setElementOrder and $deleteFromPrimitiveList are plain fields to kyaml",
            "{'spec': {'a': 1}}",
            "{'spec': {'$retainKeys': ['a'], '$setElementOrder/containers': [{'name': 'x'}], '$deleteFromPrimitiveList/args': ['b']}}",
            "{'spec': {'a': 1, '$retainKeys': ['a'], '$setElementOrder/containers': [{'name': 'x'}], '$deleteFromPrimitiveList/args': ['b']}}"));
  }

  static Stream<Arguments> anchors() {
    return Stream.of(
        Arguments.of(
            "+(key) adds a field the resource lacks",
            "{'metadata': {'name': 'n'}}",
            "{'metadata': {'labels': {'+(team)': 'a'}}}",
            "{'metadata': {'name': 'n', 'labels': {'team': 'a'}}}"),
        Arguments.of(
            "+(key) leaves a field the resource has",
            "{'metadata': {'labels': {'team': 'b'}}}",
            "{'metadata': {'labels': {'+(team)': 'a', 'x': 'y'}}}",
            "{'metadata': {'labels': {'team': 'b', 'x': 'y'}}}"),
        Arguments.of(
            "(key) that holds lets its siblings apply",
            "{'metadata': {'labels': {'app': 'web'}}}",
            "{'metadata': {'labels': {'(app)': 'web', 'team': 't'}}}",
            "{'metadata': {'labels': {'app': 'web', 'team': 't'}}}"),
        Arguments.of(
            "(key) that does not hold cancels the whole patch",
            "{'metadata': {'labels': {'app': 'api'}}}",
            "{'metadata': {'labels': {'(app)': 'web', 'team': 't'}, 'annotations': {'a': 'b'}}}",
            "{'metadata': {'labels': {'app': 'api'}}}"),
        Arguments.of(
            "(key) absent from the resource cancels the whole patch",
            "{'metadata': {'name': 'n'}}",
            "{'metadata': {'labels': {'(app)': '*', 'team': 't'}}}",
            "{'metadata': {'name': 'n'}}"),
        Arguments.of(
            "a condition compares scalars as text, with the pattern operators",
            "{'spec': {'replicas': 5}}",
            "{'spec': {'(replicas)': '>3', 'paused': true}}",
            "{'spec': {'replicas': 5, 'paused': true}}"),
        Arguments.of(
            "a boolean condition holds for the same boolean, and for its text",
            "{'spec': {'hostNetwork': false, 'hostPID': true}}",
            "{'spec': {'(hostNetwork)': false, '(hostPID)': 'true', 'dnsPolicy': 'Default'}}",
            "{'spec': {'hostNetwork': false, 'hostPID': true, 'dnsPolicy': 'Default'}}"),
        Arguments.of(
            "(name) '*' applies an element to every named container",
            pod("{'name': 'a'}, {'name': 'b'}"),
            "{'spec': {'containers': [{'(name)': '*', 'imagePullPolicy': 'Always'}]}}",
            pod("{'name': 'a', 'imagePullPolicy': 'Always'}, {'name': 'b', 'imagePullPolicy': 'Always'}")),
        Arguments.of(
            "a condition in a list element picks the elements it holds for",
            pod("{'name': 'a', 'image': 'redis'}, {'name': 'b', 'image': 'nginx:1'}"),
            "{'spec': {'containers': [{'(image)': 'nginx*', 'imagePullPolicy': 'Always'}]}}",
            pod("{'name': 'b', 'image': 'nginx:1', 'imagePullPolicy': 'Always'}, {'name': 'a', 'image': 'redis'}")),
        Arguments.of(
            "a list element whose condition holds for none changes nothing, the rest applies",
            pod("{'name': 'a', 'image': 'redis'}"),
            "{'spec': {'containers': [{'(image)': 'nginx*', 'imagePullPolicy': 'Always'}], 'hostNetwork': false}}",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'p'}, 'spec': {'containers': [{'name': 'a', 'image': 'redis'}], 'hostNetwork': false}}"),
        Arguments.of(
            "containers without a name are left alone",
            pod("{'image': 'nginx'}"),
            "{'spec': {'containers': [{'(image)': 'nginx', 'imagePullPolicy': 'Always'}]}}",
            pod("{'image': 'nginx'}")),
        Arguments.of(
            "<(key) that holds for an element lets the rest of the patch apply",
            pod("{'name': 'a', 'image': 'corp.reg.com/app'}"),
            "{'spec': {'containers': [{'<(image)': 'corp.reg.com/*'}], 'imagePullSecrets': [{'name': 'regcred'}]}}",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'p'}, 'spec': {'containers': [{'name': 'a', 'image': 'corp.reg.com/app'}], 'imagePullSecrets': [{'name': 'regcred'}]}}"),
        Arguments.of(
            "<(key) that holds for no element cancels the patch",
            pod("{'name': 'a', 'image': 'docker.io/nginx'}"),
            "{'spec': {'containers': [{'<(image)': 'corp.reg.com/*'}], 'imagePullSecrets': [{'name': 'regcred'}]}}",
            pod("{'name': 'a', 'image': 'docker.io/nginx'}")),
        Arguments.of(
            "<(key) in a map cancels the patch when it does not hold",
            "{'metadata': {'labels': {'tier': 'db'}}}",
            "{'metadata': {'labels': {'<(tier)': 'web', 'x': 'y'}}}",
            "{'metadata': {'labels': {'tier': 'db'}}}"),
        Arguments.of(
            "+(key) in a list element is decided by the first resource element",
            pod("{'name': 'a', 'imagePullPolicy': 'IfNotPresent'}, {'name': 'b'}"),
            "{'spec': {'containers': [{'(name)': '*', '+(imagePullPolicy)': 'Always'}]}}",
            pod("{'name': 'a', 'imagePullPolicy': 'IfNotPresent'}, {'name': 'b'}")),
        Arguments.of(
            "+(key) in a list element, once added, is set on later elements too",
            pod("{'name': 'a'}, {'name': 'b', 'imagePullPolicy': 'IfNotPresent'}"),
            "{'spec': {'containers': [{'(name)': '*', '+(imagePullPolicy)': 'Always'}]}}",
            pod("{'name': 'a', 'imagePullPolicy': 'Always'}, {'name': 'b', 'imagePullPolicy': 'Always'}")),
        Arguments.of(
            "+(key) under a condition on the parent adds only where the parent exists",
            "{'spec': {'securityContext': {'runAsUser': 1}}}",
            "{'spec': {'(securityContext)': {'+(runAsNonRoot)': true}}}",
            "{'spec': {'securityContext': {'runAsUser': 1, 'runAsNonRoot': true}}}"),
        Arguments.of(
            "a condition on a map with plain fields is also merged, as in Kyverno",
            "{'metadata': {'labels': {'app': 'web'}}}",
            "{'metadata': {'(labels)': {'app': '?*'}, 'annotations': {'a': 'b'}}}",
            "{'metadata': {'labels': {'app': '?*'}, 'annotations': {'a': 'b'}}}"),
        Arguments.of(
            "=(key) and X(key) mean nothing to a patch: they are plain keys",
            "{'metadata': {'labels': {'a': 'b'}}}",
            "{'metadata': {'labels': {'=(a)': 'c', 'X(b)': 'd'}}}",
            "{'metadata': {'labels': {'a': 'b', '=(a)': 'c', 'X(b)': 'd'}}}"),
        Arguments.of(
            "an empty map in the patch is dropped",
            "{'metadata': {'name': 'n'}}",
            "{'metadata': {'labels': {}}, 'spec': {'a': 1}}",
            "{'metadata': {'name': 'n'}, 'spec': {'a': 1}}"),
        Arguments.of(
            "so is an empty volume source, while the resource keeps its own",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'spec': {'volumes': [{'name': 'v', 'emptyDir': {}}]}}",
            "{'spec': {'volumes': [{'name': 'w', 'emptyDir': {}}]}}",
            "{'apiVersion': 'v1', 'kind': 'Pod', 'spec': {'volumes': [{'name': 'w'}, {'name': 'v', 'emptyDir': {}}]}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"merges", "anchors"})
  void appliesThePatchAsKyvernoDoes(String name, String resource, String patch, String expected) {
    JsonNode patched = StrategicMergePatch.apply(tree(resource), tree(patch));

    assertThat(patched).isEqualTo(tree(expected));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            "a list where the resource has a map",
            "{'spec': {'securityContext': {'runAsUser': 1}}}",
            "{'spec': {'securityContext': [1]}}",
            "/spec/securityContext: the resource has a map there and the patch a list"),
        Arguments.of(
            "a map where the resource has a scalar",
            pod("{'name': 'a', 'image': 'x'}"),
            "{'spec': {'containers': [{'name': 'a', 'image': {'tag': 'y'}}]}}",
            "/spec/containers/0/image: the resource has a scalar there and the patch a map"),
        Arguments.of(
            "an unknown $patch directive",
            "{'spec': {'a': {'b': 1}}}",
            "{'spec': {'a': {'$patch': 'remove'}}}",
            "unknown patch strategy 'remove' at /spec/a"),
        Arguments.of(
            "a patch that is a list",
            "{'spec': {}}",
            "[{'spec': {}}]",
            "a patchStrategicMerge must be a map, found a list"),
        Arguments.of(
            "a list of maps in the patch where the resource has a map",
            "{'spec': {'containers': {'name': 'a'}}}",
            "{'spec': {'containers': [{'(name)': '*', 'image': 'x'}]}}",
            "the patch has a list at /spec/containers but the resource does not"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void namesThePathOfAPatchThatCannotApply(String name, String resource, String patch, String message) {
    assertThatThrownBy(() -> StrategicMergePatch.apply(tree(resource), tree(patch)))
        .isInstanceOf(PatchException.class)
        .hasMessageContaining(message);
  }

  @Test
  void neverChangesItsInputs() {
    JsonNode resource = tree(pod("{'name': 'a', 'image': 'x', 'env': [{'name': 'A'}]}, {'name': 'b'}"));
    JsonNode patch = tree(
        "{'metadata': {'labels': {'+(x)': 'y'}}, 'spec': {'containers': "
            + "[{'(name)': 'a', 'env': [{'name': 'B'}]}, {'name': 'c', '$patch': 'replace'}]}}");
    JsonNode resourceBefore = resource.deepCopy();
    JsonNode patchBefore = patch.deepCopy();

    JsonNode patched = StrategicMergePatch.apply(resource, patch);

    assertThat(resource).isEqualTo(resourceBefore);
    assertThat(patch).isEqualTo(patchBefore);
    assertThat(patched).isNotEqualTo(resource);
  }

  @Test
  void aPatchWhoseConditionsFailReturnsTheResource() {
    JsonNode resource = tree(pod("{'name': 'a', 'image': 'x'}"));

    JsonNode patched = StrategicMergePatch.apply(resource, tree("{'metadata': {'(name)': 'other', 'labels': {'a': 'b'}}}"));

    assertThat(patched).isEqualTo(resource).isNotSameAs(resource);
  }

  private static String pod(String containers) {
    return String.format(POD, containers);
  }

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }
}
