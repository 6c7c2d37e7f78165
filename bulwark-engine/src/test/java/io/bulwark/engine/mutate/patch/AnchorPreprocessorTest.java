package io.bulwark.engine.mutate.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** The plain patch Kyverno's anchor preprocessing hands to kyaml. */
class AnchorPreprocessorTest {

  private static final String POD =
      "{'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'p', 'annotations': {'a': 'x'}}, "
          + "'spec': {'containers': [{'name': 'web', 'image': 'nginx:latest', 'resources': {'limits': {'cpu': '1'}}}, "
          + "{'name': 'side', 'image': 'busybox:1'}], 'volumes': [{'name': 'v', 'hostPath': {'path': '/data'}}]}}";

  static Stream<Arguments> patches() {
    return Stream.of(
        Arguments.of(
            "add-if-not-present keys are kept or dropped",
            "{'metadata': {'annotations': {'+(a)': 'y', '+(b)': 'z'}, 'labels': {'+(c)': 'w'}}}",
            "{'metadata': {'annotations': {'b': 'z'}, 'labels': {'c': 'w'}}}"),
        Arguments.of(
            "a map left empty by dropped keys goes",
            "{'metadata': {'annotations': {'+(a)': 'y'}, 'labels': {'+(c)': 'w'}}}",
            "{'metadata': {'labels': {'c': 'w'}}}"),
        Arguments.of(
            "an element under (name) '*' becomes one element per named container",
            "{'spec': {'containers': [{'(name)': '*', 'imagePullPolicy': 'Always'}]}}",
            "{'spec': {'containers': [{'imagePullPolicy': 'Always', 'name': 'web'}, {'imagePullPolicy': 'Always', 'name': 'side'}]}}"),
        Arguments.of(
            "add-if-not-present inside an anchored element is decided per container",
            "{'spec': {'containers': [{'(name)': 'web', 'resources': {'limits': {'+(cpu)': '2', '+(memory)': '1Gi'}}}]}}",
            "{'spec': {'containers': [{'resources': {'limits': {'memory': '1Gi'}}, 'name': 'web'}]}}"),
        Arguments.of(
            "an element holding only conditions adds nothing; a global anchor that held lets the rest apply",
            "{'spec': {'volumes': [{'<(hostPath)': {'path': '/data'}}], 'containers': [{'(image)': 'nginx:*'}]}, 'metadata': {'labels': {'x': 'y'}}}",
            "{'metadata': {'labels': {'x': 'y'}}}"),
        Arguments.of(
            "a condition anchor on a list is checked and then dropped",
            "{'spec': {'(volumes)': [{'(hostPath)': {'path': '/data'}}], 'hostNetwork': false}}",
            "{'spec': {'hostNetwork': false}}"),
        Arguments.of(
            "a null and an explicit directive pass through",
            "{'metadata': null, 'spec': {'$patch': 'replace'}}",
            "{'metadata': null, 'spec': {'$patch': 'replace'}}"),
        Arguments.of(
            "a second anchored element in one list removes its neighbour, as Kyverno's removal by index does",
            "{'spec': {'containers': [{'(name)': 'web', 'a': '1'}, {'(name)': 'side', 'b': '2'}]}}",
            "{'spec': {'containers': [{'(name)': 'side', 'b': '2'}, {'b': '2', 'name': 'side'}]}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patches")
  void preprocessesAnchorsAsKyvernoDoes(String name, String patch, String expected) {
    ObjectNode preprocessed = (ObjectNode) StrategicMergePatchTest.tree(patch);

    AnchorPreprocessor.preprocess(preprocessed, StrategicMergePatchTest.tree(POD));

    assertThat(preprocessed).isEqualTo(StrategicMergePatchTest.tree(expected));
  }

  static Stream<Arguments> cancelled() {
    return Stream.of(
        Arguments.of("a condition in a map", "{'metadata': {'annotations': {'(a)': 'other'}}, 'spec': {'x': 1}}", false),
        Arguments.of("a missing condition key", "{'metadata': {'(labels)': {'a': 'b'}}}", false),
        Arguments.of("a global anchor in a map", "{'metadata': {'<(annotations)': {'a': 'z'}}}", true),
        Arguments.of("a global anchor no element holds", "{'spec': {'containers': [{'<(image)': 'redis*'}]}}", true),
        Arguments.of("a global anchor on a list the resource lacks", "{'spec': {'initContainers': [{'<(image)': '*'}]}}", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cancelled")
  void cancelsThePatchWhenAConditionDoesNotHold(String name, String patch, boolean global) {
    ObjectNode preprocessed = (ObjectNode) StrategicMergePatchTest.tree(patch);

    assertThatThrownBy(() -> AnchorPreprocessor.preprocess(preprocessed, StrategicMergePatchTest.tree(POD)))
        .isInstanceOfSatisfying(AnchorPreprocessor.ConditionNotMet.class,
            notMet -> assertThat(notMet.isGlobal()).isEqualTo(global));
  }
}
