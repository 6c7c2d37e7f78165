package io.bulwark.engine.mutate.patch;

import static io.bulwark.engine.mutate.patch.Trees.ops;
import static io.bulwark.engine.mutate.patch.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * RFC 6902 application with Kyverno's evanphx/json-patch v5 options (SupportNegativeIndices,
 * AllowMissingPathOnRemove, EnsurePathExistsOnAdd): one row per behaviour, then one per error.
 */
class JsonPatchApplyTest {

  static Stream<Arguments> applied() {
    return Stream.of(
        // add
        row("add a new member", "{'a': 1}", "[{'op': 'add', 'path': '/b', 'value': 2}]", "{'a': 1, 'b': 2}"),
        row("add over an existing member replaces it", "{'a': 1}", "[{'op': 'add', 'path': '/a', 'value': [1]}]",
            "{'a': [1]}"),
        row("add a null value", "{}", "[{'op': 'add', 'path': '/a', 'value': null}]", "{'a': null}"),
        row("add inserts at an index", "{'l': [1, 2]}", "[{'op': 'add', 'path': '/l/1', 'value': 9}]",
            "{'l': [1, 9, 2]}"),
        row("add at the length appends", "{'l': [1, 2]}", "[{'op': 'add', 'path': '/l/2', 'value': 9}]",
            "{'l': [1, 2, 9]}"),
        row("add at - appends", "{'l': [1, 2]}", "[{'op': 'add', 'path': '/l/-', 'value': 9}]", "{'l': [1, 2, 9]}"),
        row("add at -1 appends", "{'l': [1, 2]}", "[{'op': 'add', 'path': '/l/-1', 'value': 9}]",
            "{'l': [1, 2, 9]}"),
        row("add at -2 inserts before the last", "{'l': [1, 2]}", "[{'op': 'add', 'path': '/l/-2', 'value': 9}]",
            "{'l': [1, 9, 2]}"),
        row("add reads Go integers: +1 and 01", "{'l': [1, 2]}",
            "[{'op': 'add', 'path': '/l/+1', 'value': 8}, {'op': 'add', 'path': '/l/01', 'value': 9}]",
            "{'l': [1, 9, 8, 2]}"),
        row("add creates missing objects", "{}", "[{'op': 'add', 'path': '/a/b/c', 'value': 1}]",
            "{'a': {'b': {'c': 1}}}"),
        row("add creates an array before an index", "{}", "[{'op': 'add', 'path': '/a/0/b', 'value': 1}]",
            "{'a': [{'b': 1}]}"),
        row("add creates an array padded with nulls up to the index", "{}",
            "[{'op': 'add', 'path': '/a/2/b', 'value': 1}]", "{'a': [null, null, {'b': 1}]}"),
        row("add creates an array before -1, as before 0", "{}", "[{'op': 'add', 'path': '/a/-1/b', 'value': 1}]",
            "{'a': [{'b': 1}]}"),
        row("add creates the last missing array and appends to it", "{'spec': {}}",
            "[{'op': 'add', 'path': '/spec/tolerations/-', 'value': {'key': 'k'}}]",
            "{'spec': {'tolerations': [{'key': 'k'}]}}"),
        row("add at 0 of a missing array creates it", "{'spec': {}}",
            "[{'op': 'add', 'path': '/spec/tolerations/0', 'value': {'key': 'k'}}]",
            "{'spec': {'tolerations': [{'key': 'k'}]}}"),
        row("add at -1 of a missing array creates it", "{'spec': {}}",
            "[{'op': 'add', 'path': '/spec/tolerations/-1', 'value': {'key': 'k'}}]",
            "{'spec': {'tolerations': [{'key': 'k'}]}}"),
        row("add pads an existing array past its end", "{'a': [1]}", "[{'op': 'add', 'path': '/a/3/x', 'value': 1}]",
            "{'a': [1, null, null, {'x': 1}]}"),
        row("add walks a negative index into the last element", "{'a': [{'y': 1}, {'y': 2}]}",
            "[{'op': 'add', 'path': '/a/-1/x', 'value': 3}]", "{'a': [{'y': 1}, {'y': 2, 'x': 3}]}"),
        row("add replaces a null member on the way", "{'a': null}", "[{'op': 'add', 'path': '/a/b', 'value': 1}]",
            "{'a': {'b': 1}}"),
        row("add inserts before a null element on the way, as Go does", "{'a': [null]}",
            "[{'op': 'add', 'path': '/a/0/b', 'value': 1}]", "{'a': [{'b': 1}, null]}"),
        row("add to the root replaces the document", "{'a': 1}", "[{'op': 'add', 'path': '', 'value': {'b': 2}}]",
            "{'b': 2}"),
        row("pointer escapes: ~1 is a slash, ~0 a tilde", "{'metadata': {}}",
            "[{'op': 'add', 'path': '/metadata/annotations/kyverno.io~1base~0images', 'value': 'x'}]",
            "{'metadata': {'annotations': {'kyverno.io/base~images': 'x'}}}"),
        row("an empty token is a member named ''", "{}", "[{'op': 'add', 'path': '/', 'value': 1}]", "{'': 1}"),
        // remove
        row("remove a member", "{'a': 1, 'b': 2}", "[{'op': 'remove', 'path': '/a'}]", "{'b': 2}"),
        row("remove a missing member does nothing", "{'a': 1}", "[{'op': 'remove', 'path': '/x'}]", "{'a': 1}"),
        row("remove under a missing parent does nothing", "{'a': 1}", "[{'op': 'remove', 'path': '/x/y/z'}]",
            "{'a': 1}"),
        row("remove under a scalar does nothing", "{'a': 1}", "[{'op': 'remove', 'path': '/a/b'}]", "{'a': 1}"),
        row("remove an element", "{'l': [1, 2, 3]}", "[{'op': 'remove', 'path': '/l/1'}]", "{'l': [1, 3]}"),
        row("remove a negative index counts from the end", "{'l': [1, 2, 3]}", "[{'op': 'remove', 'path': '/l/-1'}]",
            "{'l': [1, 2]}"),
        row("remove past the end does nothing", "{'l': [1]}", "[{'op': 'remove', 'path': '/l/5'}]", "{'l': [1]}"),
        row("remove before the start does nothing", "{'l': [1]}", "[{'op': 'remove', 'path': '/l/-2'}]",
            "{'l': [1]}"),
        row("remove the root does nothing", "{'a': 1}", "[{'op': 'remove', 'path': ''}]", "{'a': 1}"),
        row("remove descending indices", "{'v': [0, 1, 2, 3]}",
            "[{'op': 'remove', 'path': '/v/3'}, {'op': 'remove', 'path': '/v/1'}]", "{'v': [0, 2]}"),
        // replace
        row("replace a member keeps its place", "{'a': 1, 'b': 2}", "[{'op': 'replace', 'path': '/a', 'value': 'x'}]",
            "{'a': 'x', 'b': 2}"),
        row("replace a null member", "{'a': null}", "[{'op': 'replace', 'path': '/a', 'value': 1}]", "{'a': 1}"),
        row("replace an element", "{'l': [1, 2]}", "[{'op': 'replace', 'path': '/l/0', 'value': 9}]",
            "{'l': [9, 2]}"),
        row("replace a negative index", "{'l': [1, 2]}", "[{'op': 'replace', 'path': '/l/-1', 'value': 9}]",
            "{'l': [1, 9]}"),
        row("replace the root", "{'a': 1}", "[{'op': 'replace', 'path': '', 'value': [1]}]", "[1]"),
        // move
        row("move a member", "{'a': 1, 'b': {}}", "[{'op': 'move', 'from': '/a', 'path': '/b/c'}]",
            "{'b': {'c': 1}}"),
        row("move an element within its array", "{'l': [1, 2, 3]}", "[{'op': 'move', 'from': '/l/0', 'path': '/l/-'}]",
            "{'l': [2, 3, 1]}"),
        row("move a null member", "{'a': null}", "[{'op': 'move', 'from': '/a', 'path': '/b'}]", "{'b': null}"),
        // copy
        row("copy a member", "{'a': {'x': 1}}", "[{'op': 'copy', 'from': '/a', 'path': '/b'}]",
            "{'a': {'x': 1}, 'b': {'x': 1}}"),
        row("a copy is not shared with its source", "{'a': {'x': 1}}",
            "[{'op': 'copy', 'from': '/a', 'path': '/b'}, {'op': 'add', 'path': '/b/y', 'value': 2}]",
            "{'a': {'x': 1}, 'b': {'x': 1, 'y': 2}}"),
        row("copy the whole document", "{'a': 1}", "[{'op': 'copy', 'from': '', 'path': '/b'}]",
            "{'a': 1, 'b': {'a': 1}}"),
        row("copy an element by negative index", "{'l': [1, 2]}", "[{'op': 'copy', 'from': '/l/-1', 'path': '/l/0'}]",
            "{'l': [2, 1, 2]}"),
        // test
        row("test an equal value passes", "{'a': {'x': [1, 'y']}}",
            "[{'op': 'test', 'path': '/a', 'value': {'x': [1, 'y']}}]", "{'a': {'x': [1, 'y']}}"),
        row("test compares members in any order", "{'a': {'x': 1, 'y': 2}}",
            "[{'op': 'test', 'path': '/a', 'value': {'y': 2, 'x': 1}}]", "{'a': {'x': 1, 'y': 2}}"),
        row("test of an absent member against null passes", "{}", "[{'op': 'test', 'path': '/a', 'value': null}]",
            "{}"),
        row("test without a value is a test against null", "{'a': null}", "[{'op': 'test', 'path': '/a'}]",
            "{'a': null}"),
        row("test of the whole document", "{'a': 1}", "[{'op': 'test', 'path': '', 'value': {'a': 1}}]",
            "{'a': 1}"),
        row("a passing test lets the next operations run", "{'a': 1}",
            "[{'op': 'test', 'path': '/a', 'value': 1}, {'op': 'add', 'path': '/b', 'value': 2}]",
            "{'a': 1, 'b': 2}"),
        row("other fields of an operation are ignored", "{}",
            "[{'op': 'add', 'path': '/a', 'value': 1, 'from': 7, 'comment': 'x'}]", "{'a': 1}"),
        row("no operations", "{'a': 1}", "[]", "{'a': 1}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applied")
  void applies(String name, String document, String operations, String expected) {
    JsonNode before = tree(document);
    JsonNode input = before.deepCopy();
    ArrayNode patch = ops(operations);

    JsonNode patched = JsonPatch.apply(input, patch);

    assertThat(patched).isEqualTo(tree(expected));
    assertThat(input).as("the input is not changed").isEqualTo(before);
    assertThat(patch).as("the operations are not changed").isEqualTo(ops(operations));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        row("add past the length", "{'l': [1]}", "[{'op': 'add', 'path': '/l/2', 'value': 1}]",
            "patchesJson6902[0]: add /l/2: index 2 is out of range for an array of 1 elements"),
        row("add before the start", "{'l': [1]}", "[{'op': 'add', 'path': '/l/-3', 'value': 1}]",
            "patchesJson6902[0]: add /l/-3: index -3 is out of range for an array of 1 elements"),
        row("add to an array by name", "{'l': []}", "[{'op': 'add', 'path': '/l/x', 'value': 1}]",
            "patchesJson6902[0]: add /l/x: \"x\" is not an array index"),
        row("add through a scalar", "{'a': {'b': 'text'}}", "[{'op': 'add', 'path': '/a/b/c', 'value': 1}]",
            "patchesJson6902[0]: add /a/b/c: /a/b is a string, not an object or array"),
        row("add creating an array for an index below -1", "{}", "[{'op': 'add', 'path': '/a/-2/b', 'value': 1}]",
            "patchesJson6902[0]: add /a/-2/b: cannot create an array for index -2: of negative indices only -1 is"
                + " allowed"),
        row("add through - in the middle: Go creates the parents, then cannot walk '-'", "{}",
            "[{'op': 'add', 'path': '/a/-/b', 'value': 1}]", "patchesJson6902[0]: add /a/-/b: path not found"),
        row("add padding too far", "{}", "[{'op': 'add', 'path': '/a/100000/b', 'value': 1}]",
            "patchesJson6902[0]: add /a/100000/b: index 100000 would pad the array with more than 10000 nulls"),
        row("add a scalar as the document", "{}", "[{'op': 'add', 'path': '', 'value': 1}]",
            "patchesJson6902[0]: add \"\": the whole document can only be replaced by an object or an array,"
                + " not a number"),
        row("remove from an array by name", "{'l': [1]}", "[{'op': 'remove', 'path': '/l/x'}]",
            "patchesJson6902[0]: remove /l/x: \"x\" is not an array index"),
        row("replace a missing member", "{'spec': {}}", "[{'op': 'replace', 'path': '/spec/x', 'value': 1}]",
            "patchesJson6902[0]: replace /spec/x: path not found"),
        row("replace under a missing parent", "{}", "[{'op': 'replace', 'path': '/spec/x', 'value': 1}]",
            "patchesJson6902[0]: replace /spec/x: path not found"),
        row("replace past the end", "{'l': [1]}", "[{'op': 'replace', 'path': '/l/1', 'value': 1}]",
            "patchesJson6902[0]: replace /l/1: index 1 is out of range for an array of 1 elements"),
        row("move from a missing path", "{}", "[{'op': 'move', 'from': '/a', 'path': '/b'}]",
            "patchesJson6902[0]: move /b: from path /a not found"),
        row("move to a missing parent (no parents are created)", "{'a': 1}",
            "[{'op': 'move', 'from': '/a', 'path': '/x/y'}]", "patchesJson6902[0]: move /x/y: path not found"),
        row("move into its own child", "{'a': {'b': 1}}", "[{'op': 'move', 'from': '/a', 'path': '/a/b/c'}]",
            "patchesJson6902[0]: move /a/b/c: path not found"),
        row("move the whole document", "{'a': 1}", "[{'op': 'move', 'from': '', 'path': '/b'}]",
            "patchesJson6902[0]: move /b: cannot move the whole document"),
        row("copy to a missing parent", "{'a': 1}", "[{'op': 'copy', 'from': '/a', 'path': '/x/y'}]",
            "patchesJson6902[0]: copy /x/y: path not found"),
        row("copy from past the end", "{'l': [1]}", "[{'op': 'copy', 'from': '/l/1', 'path': '/x'}]",
            "patchesJson6902[0]: copy /x: from path /l/1 not found"),
        row("test a different value", "{'a': 1}", "[{'op': 'test', 'path': '/a', 'value': 2}]",
            "patchesJson6902[0]: test /a: test failed: the value is 1, not 2"),
        row("test an integer against a float", "{'a': 1}", "[{'op': 'test', 'path': '/a', 'value': 1.0}]",
            "patchesJson6902[0]: test /a: test failed: the value is 1, not 1.0"),
        row("test array order", "{'a': [1, 2]}", "[{'op': 'test', 'path': '/a', 'value': [2, 1]}]",
            "patchesJson6902[0]: test /a: test failed: the value is [1,2], not [2,1]"),
        row("test an absent member against a value", "{}", "[{'op': 'test', 'path': '/a', 'value': 1}]",
            "patchesJson6902[0]: test /a: test failed: the value is absent, not 1"),
        row("test a present member against null", "{'a': 1}", "[{'op': 'test', 'path': '/a', 'value': null}]",
            "patchesJson6902[0]: test /a: test failed: the value is 1, not null"),
        row("test under a missing parent", "{}", "[{'op': 'test', 'path': '/a/b', 'value': 1}]",
            "patchesJson6902[0]: test /a/b: path not found"),
        row("the failing operation is named by its index", "{'a': 1}",
            "[{'op': 'add', 'path': '/b', 'value': 2}, {'op': 'replace', 'path': '/spec/x', 'value': 1}]",
            "patchesJson6902[1]: replace /spec/x: path not found"),
        row("operations are checked before any is applied", "{'a': 1}",
            "[{'op': 'add', 'path': '/b', 'value': 2}, {'op': 'frobnicate', 'path': '/b'}]",
            "patchesJson6902[1]: unsupported op \"frobnicate\" (expected add, remove, replace, move, copy or test)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void fails(String name, String document, String operations, String message) {
    JsonNode before = tree(document);
    JsonNode input = before.deepCopy();

    assertThatThrownBy(() -> JsonPatch.apply(input, ops(operations)))
        .isInstanceOf(PatchException.class)
        .hasMessage(message);
    assertThat(input).as("nothing is half-patched").isEqualTo(before);
  }

  @Test
  void valuesAddedAreCopiesSoTheOperationsCanBeAppliedAgain() {
    ArrayNode patch = ops("[{'op': 'add', 'path': '/a', 'value': {'x': 1}}]");

    JsonNode first = JsonPatch.apply(tree("{}"), patch);
    ((tools.jackson.databind.node.ObjectNode) first.get("a")).put("y", 2);
    JsonNode second = JsonPatch.apply(tree("{}"), patch);

    assertThat(second).isEqualTo(tree("{'a': {'x': 1}}"));
  }

  private static Arguments row(String name, String document, String operations, String expected) {
    return Arguments.of(name, document, operations, expected);
  }
}
