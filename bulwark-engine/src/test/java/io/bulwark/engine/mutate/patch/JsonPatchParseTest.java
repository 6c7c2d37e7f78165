package io.bulwark.engine.mutate.patch;

import static io.bulwark.engine.mutate.patch.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading {@code patchesJson6902} text as Kyverno does: JSON when it starts with '[', else YAML. */
class JsonPatchParseTest {

  static Stream<Arguments> parsed() {
    return Stream.of(
        Arguments.of("YAML list",
            """
            - op: add
              path: /spec/tolerations/-
              value:
                key: org.com/role
                operator: Equal
            """,
            "[{'op': 'add', 'path': '/spec/tolerations/-', 'value': {'key': 'org.com/role', 'operator': 'Equal'}}]"),
        Arguments.of("JSON list", "[{\"op\": \"remove\", \"path\": \"/a\"}]", "[{'op': 'remove', 'path': '/a'}]"),
        Arguments.of("YAML flow list after a space", " [{op: remove, path: /a}]", "[{'op': 'remove', 'path': '/a'}]"),
        Arguments.of("go-yaml 1.1 scalars: yes is true, 012 is octal, 0x1F hex",
            "- {op: add, path: /a, value: yes}\n- {op: add, path: /b, value: 012}\n- {op: add, path: /c, value: 0x1F}\n",
            "[{'op': 'add', 'path': '/a', 'value': true}, {'op': 'add', 'path': '/b', 'value': 10},"
                + " {'op': 'add', 'path': '/c', 'value': 31}]"),
        Arguments.of("quoted scalars stay strings", "- {op: add, path: /a, value: \"yes\"}\n",
            "[{'op': 'add', 'path': '/a', 'value': 'yes'}]"),
        Arguments.of("a flow mapping from a substituted to_string() value",
            "- op: replace\n  path: /metadata\n  value: {\"name\":\"x\",\"labels\":{\"a\":\"b\"}}\n",
            "[{'op': 'replace', 'path': '/metadata', 'value': {'name': 'x', 'labels': {'a': 'b'}}}]"),
        Arguments.of("a null value is a value", "- {op: add, path: /a, value: null}\n",
            "[{'op': 'add', 'path': '/a', 'value': null}]"),
        Arguments.of("blank text is no operations", "  \n", "[]"),
        Arguments.of("comments only is no operations", "# nothing to do\n", "[]"),
        Arguments.of("only the first YAML document counts", "- {op: remove, path: /a}\n---\n- {op: remove, path: /b}\n",
            "[{'op': 'remove', 'path': '/a'}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsed")
  void parses(String name, String text, String expected) {
    assertThat(JsonPatch.parse(text)).isEqualTo(tree(expected));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("a mapping, not a list", "op: add\npath: /a\nvalue: 1\n",
            "patchesJson6902: must be a list of operations, not an object"),
        Arguments.of("a scalar", "add\n", "patchesJson6902: must be a list of operations, not a string"),
        Arguments.of("an operation that is not an object", "- add /a\n",
            "patchesJson6902[0]: an operation must be an object, not a string"),
        Arguments.of("no op", "- {path: /a}\n", "patchesJson6902[0]: missing \"op\""),
        Arguments.of("an unknown op", "- {op: upsert, path: /a}\n",
            "patchesJson6902[0]: unsupported op \"upsert\" (expected add, remove, replace, move, copy or test)"),
        Arguments.of("op names are case-sensitive", "- {op: Add, path: /a, value: 1}\n",
            "patchesJson6902[0]: unsupported op \"Add\" (expected add, remove, replace, move, copy or test)"),
        Arguments.of("an op that is not a string", "- {op: 1, path: /a}\n",
            "patchesJson6902[0]: unsupported op 1 (expected add, remove, replace, move, copy or test)"),
        Arguments.of("no path", "- {op: remove}\n", "patchesJson6902[0]: remove: missing \"path\""),
        Arguments.of("a null path", "- {op: remove, path: null}\n", "patchesJson6902[0]: remove: missing \"path\""),
        Arguments.of("a path that is not a string", "- {op: remove, path: [a]}\n",
            "patchesJson6902[0]: remove: \"path\" must be a string, not an array"),
        Arguments.of("a path without a leading slash", "- {op: add, path: spec/x, value: 1}\n",
            "patchesJson6902[0]: add: path \"spec/x\" is not a JSON pointer: it must be empty or start with '/'"),
        Arguments.of("add without value", "- {op: remove, path: /a}\n- {op: add, path: /a}\n",
            "patchesJson6902[1]: add /a: missing \"value\""),
        Arguments.of("replace without value", "- {op: replace, path: /a}\n",
            "patchesJson6902[0]: replace /a: missing \"value\""),
        Arguments.of("move without from", "- {op: move, path: /a}\n", "patchesJson6902[0]: move /a: missing \"from\""),
        Arguments.of("copy with a bad from", "- {op: copy, path: /a, from: b}\n",
            "patchesJson6902[0]: copy /a: from \"b\" is not a JSON pointer: it must be empty or start with '/'"),
        Arguments.of("invalid JSON", "[{\"op\": \"add\",}]",
            "patchesJson6902:1:15: not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote"
                + " to start property name"),
        Arguments.of("a YAML flow list is not JSON when it starts with '['", "[{op: remove, path: /a}]",
            "patchesJson6902:1:3: not valid JSON: Unexpected character ('o' (code 111)): was expecting double-quote"
                + " to start property name"),
        Arguments.of("JSON with trailing text", "[] []",
            "patchesJson6902:1:4: not valid JSON: Trailing token (`JsonToken.START_ARRAY`) found after value"),
        Arguments.of("a YAML syntax error says where", "- op: add\n  path: [/a\n",
            "patchesJson6902:3:1: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejects(String name, String text, String message) {
    assertThatThrownBy(() -> JsonPatch.parse(text))
        .isInstanceOf(PatchException.class)
        .hasMessageStartingWith(message);
  }
}
