package io.bulwark.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.problem.InvalidInputException;
import io.bulwark.api.problem.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KubeYamlTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Values as kubectl / Kyverno see them: the JSON sigs.k8s.io/yaml produces, before re-parsing.
   */
  static Stream<Arguments> values() {
    return Stream.of(
        arguments("v: on", "true"),
        arguments("v: \"on\"", "\"on\""),
        arguments("v: 'on'", "\"on\""),
        arguments("v: NO", "false"),
        arguments("v: y", "true"),
        arguments("v: 012", "10"),
        arguments("v: \"012\"", "\"012\""),
        arguments("v: 0x1F", "31"),
        arguments("v: 1_000", "1000"),
        arguments("v: ~", "null"),
        arguments("v:", "null"),
        arguments("v: ''", "\"\""),
        arguments("v: 2001-12-14", "\"2001-12-14\""),
        arguments("v: 2001-12-14T21:59:43.10Z", "\"2001-12-14T21:59:43.10Z\""),
        arguments("v: 1.5", "1.5"),
        arguments("v: 1e3", "1000.0"),
        arguments("v: [on, 'off', 3]", "[true,\"off\",3]"),
        arguments("v: {a: yes}", "{\"a\":true}"),
        arguments("v: a b\n  c", "\"a b c\""),
        arguments("v: 'B\n\n  C'", "\"B\\nC\""),
        arguments("v: \"tab\\there\"", "\"tab\\there\""),
        // Block scalars exactly as YAML specifies (go-yaml's own test cases).
        arguments("v: |\n  a\n  b\n", "\"a\\nb\\n\""),
        arguments("v: |-\n  a\n  b\n", "\"a\\nb\""),
        arguments("v: |+\n  a\n\n", "\"a\\n\\n\""),
        arguments("v: >\n  a\n  b\n\n  c\n", "\"a b\\nc\\n\""),
        arguments("v: >-\n  a\n  b\n", "\"a b\""),
        arguments("v: |2\n    indented\n", "\"  indented\\n\""),
        arguments("v: | # Comment\n\n literal\n\n \ttext\n\n", "\"\\nliteral\\n\\n\\ttext\\n\""),
        arguments(
            "v: > # Comment\n\n"
                + " folded\n"
                + " line\n"
                + " \n"
                + " next\n"
                + " line\n"
                + "  * one\n"
                + "  * two\n\n"
                + " last\n"
                + " line\n\n",
            "\"\\nfolded line\\nnext line\\n * one\\n * two\\n\\nlast line\\n\""),
        arguments("v: |\n  on\n", "\"on\\n\""),
        // Explicit tags.
        arguments("v: !!str 12", "\"12\""),
        arguments("v: !!str on", "\"on\""),
        arguments("v: !!int '12'", "12"),
        arguments("v: !!float 1", "1.0"),
        arguments("v: !!float '1.1'", "1.1"),
        arguments("v: !!bool \"yes\"", "true"),
        arguments("v: !!null ''", "null"),
        arguments("v: !!timestamp 2015-01-01", "\"2015-01-01\""),
        arguments("v: !!binary aGVsbG8=", "\"hello\""),
        arguments("v: !Custom 12", "\"12\""),
        arguments("v: !Custom {a: on}", "{\"a\":true}"),
        // JSON is YAML here, tabs included, as go-yaml reads it.
        arguments(
            "{\n\t\"v\": {\"n\": 1e3, \"b\": true, \"s\": \"on\", \"l\": [1,\t2]}\n}",
            "{\"n\":1000.0,\"b\":true,\"s\":\"on\",\"l\":[1,2]}"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("values")
  void readsValuesLikeKubectl(String yaml, String expectedJson) {
    JsonNode tree = single(yaml);

    assertThat(tree.get("v")).isEqualTo(JSON.readTree(expectedJson));
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        arguments("on: a", "true"),
        arguments("yes: a", "true"),
        arguments("y: a", "true"),
        arguments("off: a", "false"),
        arguments("\"on\": a", "on"),
        arguments("'y': a", "y"),
        arguments("1: a", "1"),
        arguments("0x1F: a", "31"),
        arguments("012: a", "10"),
        arguments("1.0: a", "1"),
        arguments("1.5: a", "1.5"),
        arguments("1e6: a", "1e+06"),
        arguments(".inf: a", ".inf"),
        arguments("2001-12-14: a", "2001-12-14"),
        arguments("!!str 1: a", "1"),
        arguments("<<x: a", "<<x"),
        arguments("\"<<\": a", "<<"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("keys")
  void turnsResolvedKeysIntoStringsLikeSigsYaml(String yaml, String expectedKey) {
    JsonNode tree = single(yaml);

    assertThat(tree.propertyNames()).containsExactly(expectedKey);
  }

  static Stream<Arguments> invalidInputs() {
    return Stream.of(
        // Syntax errors: one problem, at the scanner's position, in libyaml's words.
        arguments("a: b: c\n", "f.yaml:1:5: mapping values are not allowed here"),
        arguments(
            "a:\n\tb: 1\n",
            "f.yaml:2:1: found a tab character that cannot start any token (indent with spaces)"),
        arguments("a: [1, 2\n", "f.yaml:2:1: did not find expected ',' or ']'"),
        arguments("a: {b: 1\n", "f.yaml:2:1: did not find expected ',' or '}'"),
        arguments("a: 'x\n", "f.yaml:2:1: found unexpected end of file"),
        arguments("a: 1\nb\n", "f.yaml:3:1: could not find expected ':'"),
        arguments("- a\nb: 1\n", "f.yaml:2:1: did not find expected '-' indicator"),
        arguments("a:\n  b: 1\n c: 2\n", "f.yaml:3:2: did not find expected key"),
        arguments("a: \"x\" y\n", "f.yaml:1:8: did not find expected key"),
        arguments("a: *nope\n", "f.yaml:1:4: unknown anchor 'nope' referenced"),
        arguments("@a: 1\n", "f.yaml:1:1: found character '@' that cannot start any token"),
        arguments("key: \"bad \\q\"\n", "f.yaml:1:12: found unknown escape character q(113)"),
        arguments("x: 1\ny: \u0007\n", "f.yaml:2:4: control character U+0007 is not allowed"),
        // A syntax error in a later document reports the line in the whole stream.
        arguments(
            "a: 1\n---\nb: 1\n---\nc: d: e\n", "f.yaml:5:5: mapping values are not allowed here"),
        // What go-yaml v2 or sigs.k8s.io/yaml reject after parsing.
        arguments(
            "a: 1\nb: 2\na: 3\n", "f.yaml:3:1: a: mapping key \"a\" already defined at line 1"),
        arguments(
            "m:\n  on: 1\n  true: 2\n",
            "f.yaml:3:3: m.true: mapping key \"true\" already defined at line 2"),
        arguments(
            "m:\n  1: a\n  \"1\": b\n",
            "f.yaml:3:3: m.1: mapping key \"1\" already defined at line 2"),
        arguments("~: a\n", "f.yaml:1:1: unsupported map key: null"),
        arguments(
            "18446744073709551615: a\n",
            "f.yaml:1:1: unsupported map key: 18446744073709551615 (integer outside int64)"),
        arguments("? [a]\n: 1\n", "f.yaml:1:3: invalid map key: a list cannot be a key"),
        arguments(
            "m:\n  <<: 1\n",
            "f.yaml:2:7: m: map merge requires map or sequence of maps as the value"),
        arguments(
            "m:\n  <<: [{a: 1}, 2]\n",
            "f.yaml:2:7: m: map merge requires map or sequence of maps as the value"),
        arguments("a: &r [1, *r]\n", "f.yaml:1:4: a[1]: anchor 'r' value contains itself"),
        arguments("v: !!int abc\n", "f.yaml:1:4: v: cannot decode !!str `abc` as a !!int"),
        arguments("v: !!bool 1\n", "f.yaml:1:4: v: cannot decode !!int `1` as a !!bool"),
        arguments(
            "v: !!binary '%%%'\n", "f.yaml:1:4: v: !!binary value contains invalid base64 data"),
        arguments(
            "a: 1\n--- {b: 2}\n",
            "f.yaml:2:1: invalid document separator: only a comment may follow \"---\" on its"
                + " line"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalidInputs")
  void rendersOneProblemPerInvalidInput(String yaml, String expected) {
    assertThatThrownBy(() -> KubeYaml.parse("f.yaml", yaml))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).extracting(Problem::render).containsExactly(expected);
              assertThat(e.getMessage()).isEqualTo(expected);
            });
  }

  @Test
  void skipsEmptyDocumentsAndCountsTheRest() {
    String stream =
        """
        # leading comment
        ---
        a: 1
        ---
        # only a comment
        ---

        --- # separator with a comment
        b: 2
        ...
        ---
        ---
        """;

    List<YamlDocument> documents = KubeYaml.parse("multi.yaml", stream);

    assertThat(documents)
        .extracting(d -> d.tree().toString())
        .containsExactly("{\"a\":1}", "{\"b\":2}");
    assertThat(documents).extracting(YamlDocument::index).containsExactly(0, 1);
    assertThat(documents).extracting(YamlDocument::file).containsOnly("multi.yaml");
  }

  @Test
  void returnsNothingForEmptyInput() {
    assertThat(KubeYaml.parse("e.yaml", "")).isEmpty();
    assertThat(KubeYaml.parse("e.yaml", "# nothing\n---\n...\n")).isEmpty();
  }

  @Test
  void keepsTopLevelScalarsAndListsAsWritten() {
    List<YamlDocument> documents =
        KubeYaml.parse("t.yaml", "- on\n- b\n---\nhello\n---\n~\n---\n012\n");

    assertThat(documents)
        .extracting(d -> d.tree().toString())
        .containsExactly("[true,\"b\"]", "\"hello\"", "null", "10");
  }

  @Test
  void ignoresTextAfterDocumentEndMarkerLikeGoYaml() {
    assertThat(single("a: 1\n...\n}not yaml\n")).isEqualTo(JSON.readTree("{\"a\":1}"));
  }

  @Test
  void expandsAliasesIntoIndependentCopies() {
    JsonNode tree =
        single(
            """
            base: &base {image: nginx, ports: [80]}
            copy: *base
            name: &n web
            again: *n
            """);

    assertThat(tree.get("copy")).isEqualTo(tree.get("base"));
    assertThat(tree.get("again").stringValue()).isEqualTo("web");
    ((tools.jackson.databind.node.ArrayNode) tree.get("copy").get("ports")).add(443);
    assertThat(tree.get("base").get("ports")).hasSize(1);
  }

  @Test
  void mergesKeysWithWrittenKeysWinningWhereverMergeStands() {
    // Not "x, y, z": a plain "y" key is the boolean true in go-yaml v2, so it would print as
    // "true".
    JsonNode tree =
        single(
            """
            a: &a {p: 1, q: 1}
            b: &b {q: 2, r: 2}
            after:
              <<: *a
              q: 9
            before:
              q: 9
              <<: *a
            list:
              <<: [*a, *b]
            inline:
              <<: {k: v}
              <<x: plain key
              "<<": quoted key
            """);

    assertThat(tree.get("after")).isEqualTo(JSON.readTree("{\"p\":1,\"q\":9}"));
    assertThat(tree.get("before")).isEqualTo(JSON.readTree("{\"q\":9,\"p\":1}"));
    assertThat(tree.get("list")).isEqualTo(JSON.readTree("{\"p\":1,\"q\":1,\"r\":2}"));
    assertThat(tree.get("inline"))
        .isEqualTo(JSON.readTree("{\"k\":\"v\",\"<<x\":\"plain key\",\"<<\":\"quoted key\"}"));
  }

  @Test
  void keepsKeyOrderAsWritten() {
    assertThat(single("z: 1\na: 2\nm: 3\n").propertyNames()).containsExactly("z", "a", "m");
  }

  @Test
  void lenientParsingKeepsTheGoodDocumentsAroundABadOne() {
    String stream = "a: 1\n---\nb: c: d\n---\nd: 1\nd: 2\n---\ne: 5\n";

    ParseResult result = KubeYaml.parseLenient("l.yaml", stream);

    assertThat(result.documents())
        .extracting(d -> d.tree().toString())
        .containsExactly("{\"a\":1}", "{\"e\":5}");
    assertThat(result.documents()).extracting(YamlDocument::index).containsExactly(0, 3);
    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "l.yaml:3:5: mapping values are not allowed here",
            "l.yaml:6:1: d: mapping key \"d\" already defined at line 5");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void reportsEveryDuplicateKeyOfADocument() {
    ParseResult result = KubeYaml.parseLenient("d.yaml", "a: 1\na: 2\nm:\n  b: 1\n  b: 2\n");

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "d.yaml:2:1: a: mapping key \"a\" already defined at line 1",
            "d.yaml:5:3: m.b: mapping key \"b\" already defined at line 4");
  }

  @Test
  void stopsAliasBombs() {
    var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level < 10; level++) {
      String previous = "*a" + (level - 1);
      bomb.append("a")
          .append(level)
          .append(": &a")
          .append(level)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, previous)))
          .append("]\n");
    }

    ParseResult result = KubeYaml.parseLenient("bomb.yaml", bomb.toString());

    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::message)
        .containsExactly("document contains excessive aliasing");
  }

  @Test
  void reportsTooDeepNestingInsteadOfCrashing() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);

    ParseResult result = KubeYaml.parseLenient("deep.yaml", deep);

    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly("deep.yaml:1:1: document is nested too deeply");
  }

  @Test
  void neverLeaksJavaNamesIntoMessages() {
    for (String bad : List.of("a: b: c", "a: [", "\t- x", "a: *x", "? [a]\n: 1", "x: \u0001")) {
      ParseResult result = KubeYaml.parseLenient("f.yaml", bad);
      assertThat(result.problems())
          .isNotEmpty()
          .allSatisfy(
              p -> assertThat(p.render()).doesNotContain("Exception", "org.", "snakeyaml", "\n"));
    }
  }

  @Test
  void readsATenThousandLineFileQuickly() {
    var text = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      text.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-")
          .append(i)
          .append(
              "\n"
                  + "  labels: {app: web, tier: \"1\"}\n"
                  + "data:\n"
                  + "  enabled: on\n"
                  + "  count: 0x10\n"
                  + "  list:\n"
                  + "  - a\n");
    }
    KubeYaml.parse("warmup.yaml", text.toString());

    long start = System.nanoTime();
    List<YamlDocument> documents = KubeYaml.parse("big.yaml", text.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(documents).hasSize(1_000);
    assertThat(documents.get(999).tree().at("/data/count").intValue()).isEqualTo(16);
    // Generous bound for a shared CI machine; a typical run takes a few tens of milliseconds.
    assertThat(millis).isLessThan(2_000);
  }

  private static JsonNode single(String yaml) {
    List<YamlDocument> documents = KubeYaml.parse("f.yaml", yaml);
    assertThat(documents).hasSize(1);
    return documents.get(0).tree();
  }
}
