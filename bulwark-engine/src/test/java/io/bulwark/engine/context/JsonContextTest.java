package io.bulwark.engine.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonContextTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static JsonContext context(String data) {
    return JsonContext.of((ObjectNode) json(data));
  }

  static Stream<Arguments> puts() {
    return Stream.of(
        Arguments.of("{}", "x", "1", "{\"x\": 1}"),
        Arguments.of("{}", "a.b.c", "\"v\"", "{\"a\": {\"b\": {\"c\": \"v\"}}}"),
        Arguments.of("{\"a\": {\"keep\": true}}", "a.b", "2", "{\"a\": {\"keep\": true, \"b\": 2}}"),
        Arguments.of("{\"a\": 5}", "a.b", "2", "{\"a\": {\"b\": 2}}"),
        Arguments.of("{\"a\": {\"b\": {\"old\": 1}}}", "a.b", "{\"new\": 2}", "{\"a\": {\"b\": {\"new\": 2}}}"),
        Arguments.of("{\"request\": {\"operation\": \"CREATE\"}}", "request.operation", "\"DELETE\"",
            "{\"request\": {\"operation\": \"DELETE\"}}"));
  }

  @ParameterizedTest(name = "{0} + {1}={2} -> {3}")
  @MethodSource("puts")
  void putSetsAValueAtADottedPath(String data, String path, String value, String expected) {
    JsonContext context = context(data);
    context.put(path, json(value));
    assertThat(context.data()).isEqualTo(json(expected));
  }

  @Test
  void putAllTakesDottedKeys() {
    JsonContext context = context("{\"request\": {\"object\": {\"kind\": \"Pod\"}}}");
    context.putAll(json("{\"request.object.metadata.name\": \"web\", \"env\": \"prod\"}"));
    assertThat(context.data()).isEqualTo(json(
        "{\"request\": {\"object\": {\"kind\": \"Pod\", \"metadata\": {\"name\": \"web\"}}}, \"env\": \"prod\"}"));
  }

  static Stream<Arguments> merges() {
    String pod = "{\"request\": {\"object\": {\"metadata\": {\"name\": \"web\", \"labels\": {\"app\": \"shop\"}}}}}";
    return Stream.of(
        Arguments.of(pod, "{\"request.object.metadata.labels\": {\"tier\": \"db\"}}",
            "{\"request\": {\"object\": {\"metadata\": {\"name\": \"web\", \"labels\": {\"app\": \"shop\","
                + " \"tier\": \"db\"}}}}}"),
        Arguments.of(pod, "{\"request\": {\"operation\": \"UPDATE\"}}",
            "{\"request\": {\"operation\": \"UPDATE\", \"object\": {\"metadata\": {\"name\": \"web\","
                + " \"labels\": {\"app\": \"shop\"}}}}}"),
        Arguments.of(pod, "{\"request.object.metadata.labels\": \"gone\"}",
            "{\"request\": {\"object\": {\"metadata\": {\"name\": \"web\", \"labels\": \"gone\"}}}}"),
        Arguments.of(pod, "{\"request.object.metadata.labels.app\": null}",
            "{\"request\": {\"object\": {\"metadata\": {\"name\": \"web\", \"labels\": {\"app\": null}}}}}"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("merges")
  void putAllMergesObjectValuesAsKyvernosAddVariable(String data, String values, String expected) {
    JsonContext context = context(data);
    context.putAll(json(values));
    assertThat(context.data()).isEqualTo(json(expected));
  }

  static Stream<Arguments> childWrites() {
    return Stream.of(
        Arguments.of("element", "{\"name\": \"c\"}"),
        Arguments.of("request.object.metadata.name", "\"other\""),
        Arguments.of("request.object", "{}"),
        Arguments.of("request", "null"),
        Arguments.of("values.deep.er", "1"));
  }

  @ParameterizedTest(name = "a child writing {0} leaves the parent as it was")
  @MethodSource("childWrites")
  void writesInAChildAreNeverSeenInTheParent(String path, String value) {
    String original = "{\"request\": {\"object\": {\"metadata\": {\"name\": \"web\"}}}, \"values\": {\"deep\": {}}}";
    JsonContext parent = context(original);
    JsonContext child = parent.child();
    child.put(path, json(value));
    child.putAll(json("{\"" + path + ".x\": 1}"));

    assertThat(parent.data()).isEqualTo(json(original));
    assertThat(child.query(path + ".x")).isEqualTo(json("1"));
  }

  @Test
  void aChildSeesItsParentsData() {
    JsonContext parent = context("{\"request\": {\"operation\": \"CREATE\"}}");
    JsonContext grandchild = parent.child().child();
    assertThat(grandchild.query("request.operation")).isEqualTo(json("\"CREATE\""));
  }

  static Stream<Arguments> queryErrors() {
    return Stream.of(
        Arguments.of("", "invalid query (nil)"),
        Arguments.of("   ", "invalid query (nil)"),
        Arguments.of("request.missing", "JMESPath query failed: Unknown key \"missing\" in path"),
        Arguments.of("request.object.metadata", "JMESPath query failed: Unknown key \"object\" in path"));
  }

  @ParameterizedTest(name = "query {0}")
  @MethodSource("queryErrors")
  void queryErrorsUseKyvernosWording(String query, String message) {
    JsonContext context = context("{\"request\": {\"operation\": \"CREATE\"}}");
    assertThatThrownBy(() -> context.query(query)).isInstanceOf(ContextException.class).hasMessage(message);
  }

  @Test
  void aFieldOfAScalarIsNullNotAnError() {
    assertThat(context("{\"request\": {\"operation\": \"CREATE\"}}").query("request.operation.deeper").isNull())
        .isTrue();
  }

  @Test
  void aQueryThatDoesNotCompileNamesTheQuery() {
    assertThatThrownBy(() -> context("{}").query("to_string(@"))
        .isInstanceOf(ContextException.class)
        .hasMessageStartingWith("incorrect query to_string(@: ");
  }

  @Test
  void isDeleteReadsTheOperation() {
    assertThat(context("{\"request\": {\"operation\": \"DELETE\"}}").isDelete()).isTrue();
    assertThat(context("{\"request\": {\"operation\": \"UPDATE\"}}").isDelete()).isFalse();
    assertThat(context("{}").isDelete()).isFalse();
  }
}
