package io.bulwark.engine.mutate.patch;

import static io.bulwark.engine.mutate.patch.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** RFC 7386: the examples of its appendix A, and the diff that produces such patches. */
class MergePatchTest {

  static Stream<Arguments> rfcExamples() {
    return Stream.of(
        Arguments.of("{'a': 'b'}", "{'a': 'c'}", "{'a': 'c'}"),
        Arguments.of("{'a': 'b'}", "{'b': 'c'}", "{'a': 'b', 'b': 'c'}"),
        Arguments.of("{'a': 'b'}", "{'a': null}", "{}"),
        Arguments.of("{'a': 'b', 'b': 'c'}", "{'a': null}", "{'b': 'c'}"),
        Arguments.of("{'a': ['b']}", "{'a': 'c'}", "{'a': 'c'}"),
        Arguments.of("{'a': 'c'}", "{'a': ['b']}", "{'a': ['b']}"),
        Arguments.of("{'a': {'b': 'c'}}", "{'a': {'b': 'd', 'c': null}}", "{'a': {'b': 'd'}}"),
        Arguments.of("{'a': [{'b': 'c'}]}", "{'a': [1]}", "{'a': [1]}"),
        Arguments.of("['a', 'b']", "['c', 'd']", "['c', 'd']"),
        Arguments.of("{'a': 'b'}", "['c']", "['c']"),
        Arguments.of("{'a': 'foo'}", "null", "null"),
        Arguments.of("{'a': 'foo'}", "'bar'", "'bar'"),
        Arguments.of("{'e': null}", "{'a': 1}", "{'e': null, 'a': 1}"),
        Arguments.of("[1, 2]", "{'a': 'b', 'c': null}", "{'a': 'b'}"),
        Arguments.of("{}", "{'a': {'bb': {'ccc': null}}}", "{'a': {'bb': {}}}"));
  }

  @ParameterizedTest(name = "{0} merged with {1}")
  @MethodSource("rfcExamples")
  void appliesTheRfcExamples(String target, String patch, String expected) {
    JsonNode before = tree(target);
    JsonNode input = before.deepCopy();

    assertThat(MergePatch.apply(input, tree(patch))).isEqualTo(tree(expected));
    assertThat(input).isEqualTo(before);
  }

  static Stream<Arguments> diffs() {
    return Stream.of(
        Arguments.of("equal objects", "{'a': {'b': 1}}", "{'a': {'b': 1}}", "{}"),
        Arguments.of("a changed nested member", "{'a': {'b': 1, 'c': 2}}", "{'a': {'b': 3, 'c': 2}}",
            "{'a': {'b': 3}}"),
        Arguments.of("a removed member is null", "{'a': 1, 'b': 2}", "{'b': 2}", "{'a': null}"),
        Arguments.of("an added member", "{'a': 1}", "{'a': 1, 'b': [1]}", "{'b': [1]}"),
        Arguments.of("arrays are replaced whole", "{'l': [1, 2, 3]}", "{'l': [1, 2]}", "{'l': [1, 2]}"),
        Arguments.of("an object replacing a scalar", "{'a': 1}", "{'a': {'b': 2}}", "{'a': {'b': 2}}"),
        Arguments.of("a non-object target is the patch", "{'a': 1}", "[1]", "[1]"),
        Arguments.of("a non-object source is replaced by the target", "[1]", "{'a': 1}", "{'a': 1}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diffs")
  void diffWritesTheSmallestMergePatch(String name, String from, String to, String expected) {
    JsonNode patch = MergePatch.diff(tree(from), tree(to));

    assertThat(patch).isEqualTo(tree(expected));
    assertThat(MergePatch.apply(tree(from), patch)).isEqualTo(tree(to));
  }

  @Test
  void membersKeepTheTargetsOrderAndNewOnesFollow() {
    JsonNode merged = MergePatch.apply(tree("{'a': 1, 'b': 2, 'c': 3}"), tree("{'d': 4, 'a': 0}"));

    assertThat(merged.propertyNames()).containsExactly("a", "b", "c", "d");
  }
}
