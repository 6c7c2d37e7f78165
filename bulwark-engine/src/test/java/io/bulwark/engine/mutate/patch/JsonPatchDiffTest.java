package io.bulwark.engine.mutate.patch;

import static io.bulwark.engine.mutate.patch.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The exact operations diff writes for typical changes; the properties are in {@link PatchPropertiesTest}. */
class JsonPatchDiffTest {

  static Stream<Arguments> diffs() {
    return Stream.of(
        Arguments.of("equal documents", "{'a': [1, {'b': 2}]}", "{'a': [1, {'b': 2}]}", "[]"),
        Arguments.of("member order does not matter", "{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}", "[]"),
        Arguments.of("a new label", "{'metadata': {'name': 'p'}}",
            "{'metadata': {'name': 'p', 'labels': {'team': 'core'}}}",
            "[{'op': 'add', 'path': '/metadata/labels', 'value': {'team': 'core'}}]"),
        Arguments.of("a changed scalar", "{'spec': {'replicas': 1}}", "{'spec': {'replicas': 3}}",
            "[{'op': 'replace', 'path': '/spec/replicas', 'value': 3}]"),
        Arguments.of("a removed member", "{'a': 1, 'b': 2}", "{'b': 2}", "[{'op': 'remove', 'path': '/a'}]"),
        Arguments.of("a changed type", "{'a': 1}", "{'a': '1'}", "[{'op': 'replace', 'path': '/a', 'value': '1'}]"),
        Arguments.of("an integer becoming a float is a change", "{'a': 1}", "{'a': 1.0}",
            "[{'op': 'replace', 'path': '/a', 'value': 1.0}]"),
        Arguments.of("keys are escaped", "{'metadata': {'annotations': {}}}",
            "{'metadata': {'annotations': {'kyverno.io/a~b': 'x'}}}",
            "[{'op': 'add', 'path': '/metadata/annotations/kyverno.io~1a~0b', 'value': 'x'}]"),
        Arguments.of("an element appended", "{'l': [1, 2]}", "{'l': [1, 2, 3]}",
            "[{'op': 'add', 'path': '/l/2', 'value': 3}]"),
        Arguments.of("an element inserted in the middle", "{'l': [1, 2, 3, 4]}", "{'l': [1, 2, 9, 3, 4]}",
            "[{'op': 'add', 'path': '/l/2', 'value': 9}]"),
        Arguments.of("an element removed from the front", "{'l': [1, 2, 3]}", "{'l': [2, 3]}",
            "[{'op': 'remove', 'path': '/l/0'}]"),
        Arguments.of("elements removed around a kept one", "{'l': ['a', 'b', 'c', 'd', 'e']}", "{'l': ['a', 'c', 'e']}",
            "[{'op': 'remove', 'path': '/l/1'}, {'op': 'remove', 'path': '/l/2'}]"),
        Arguments.of("a field changed in one container", "{'c': [{'name': 'a', 'image': 'x'}, {'name': 'b'}]}",
            "{'c': [{'name': 'a', 'image': 'y'}, {'name': 'b'}]}",
            "[{'op': 'replace', 'path': '/c/0/image', 'value': 'y'}]"),
        Arguments.of("an element rewritten wholesale is replaced", "{'l': [{'a': 1, 'b': 2}]}", "{'l': [{'c': 3}]}",
            "[{'op': 'replace', 'path': '/l/0', 'value': {'c': 3}}]"),
        Arguments.of("a reversed list keeps one element", "{'l': [1, 2, 3]}", "{'l': [3, 2, 1]}",
            "[{'op': 'replace', 'path': '/l/0', 'value': 3}, {'op': 'replace', 'path': '/l/2', 'value': 1}]"),
        Arguments.of("the root replaced", "{'a': 1}", "[1]", "[{'op': 'replace', 'path': '', 'value': [1]}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diffs")
  void writesTheseOperations(String name, String from, String to, String expected) {
    ArrayNode operations = JsonPatch.diff(tree(from), tree(to));

    assertThat(operations).isEqualTo(tree(expected));
    assertThat(JsonPatch.apply(tree(from), operations)).isEqualTo(tree(to));
  }

  @Test
  void anIntAndALongHoldingTheSameNumberAreNoChange() {
    JsonNode asInt = tree("{'a': 5}");
    var asLong = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("a", 5L);

    assertThat(JsonPatch.diff(asInt, asLong)).isEmpty();
  }

  @Test
  void valuesAreCopiesNotSharedWithTheTarget() {
    JsonNode to = tree("{'a': {'b': 1}}");

    ArrayNode operations = JsonPatch.diff(tree("{}"), to);
    ((tools.jackson.databind.node.ObjectNode) operations.get(0).get("value")).put("c", 2);

    assertThat(to).isEqualTo(tree("{'a': {'b': 1}}"));
  }

  @Test
  void longArraysFallBackToPositionalComparisonAndStayCorrect() {
    var from = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    var to = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 1500; i++) {
      from.add(i);
      to.add(i % 7 == 0 ? -i : i);
    }
    from.insert(0, "head");
    to.add("tail");

    assertThat(JsonPatch.apply(from, JsonPatch.diff(from, to))).isEqualTo(to);
  }
}
