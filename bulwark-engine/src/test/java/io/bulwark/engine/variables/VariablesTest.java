package io.bulwark.engine.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulwark.engine.context.JsonContext;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

class VariablesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static JsonContext context() {
    return JsonContext.of((ObjectNode) json("""
        {"request": {"operation": "CREATE", "object": {"metadata": {"name": "web", "labels": {"app": "shop"}},
          "spec": {"replicas": 3, "containers": [{"name": "c", "image": "nginx"}]}}},
         "path": "metadata.name", "empty": null, "braces": "{{ request.object.metadata.name }}"}
        """));
  }

  static Stream<Arguments> substitutions() {
    return Stream.of(
        Arguments.of("\"{{ request.object.metadata.name }}\"", "\"web\""),
        Arguments.of("\"{{request.object.spec.replicas}}\"", "3"),
        Arguments.of("\"{{ request.object.metadata.labels }}\"", "{\"app\":\"shop\"}"),
        Arguments.of("\"{{ empty }}\"", "null"),
        Arguments.of("\"name={{ request.object.metadata.name }}\"", "\"name=web\""),
        Arguments.of("\"n={{ request.object.spec.replicas }}\"", "\"n=3\""),
        Arguments.of("\"labels={{ request.object.metadata.labels }}\"", "\"labels={\\\"app\\\":\\\"shop\\\"}\""),
        Arguments.of("\"x={{ empty }}\"", "\"x=null\""),
        Arguments.of("\"{{ request.object.{{ path }} }}\"", "\"web\""),
        Arguments.of("\"\\\\{{ literal }}\"", "\"{{ literal }}\""),
        // The escaped twin of a variable stays literal; only the unescaped one is replaced.
        Arguments.of("\"\\\\{{ request.object.metadata.name }} is {{ request.object.metadata.name }}\"",
            "\"{{ request.object.metadata.name }} is web\""),
        Arguments.of("\"{{ request.object.metadata.labels.missing || 'none' }}\"", "\"none\""),
        Arguments.of("{\"{{ request.object.metadata.name }}\": 1}", "{\"web\": 1}"),
        Arguments.of("[\"{{ request.object.spec.replicas }}\", \"plain\"]", "[3, \"plain\"]"),
        Arguments.of("\"{{ request.object.spec.containers[0].image }}:{{ request.object.metadata.name }}\"",
            "\"nginx:web\""),
        Arguments.of("\"{{- braces }}\"", "\"{{ request.object.metadata.name }}\""),
        Arguments.of("\"a {{- braces }}\"", "\"a {{ request.object.metadata.name }}\""));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("substitutions")
  void substitutesLikeKyverno(String document, String expected) {
    assertThat(Variables.substituteAll(json(document), context())).isEqualTo(json(expected));
  }

  @Test
  void aMissingKeyNamesTheVariableAndThePath() {
    assertThatThrownBy(() -> Variables.substituteAll(json("{\"spec\": {\"x\": \"{{ request.object.nope }}\"}}"), context()))
        .isInstanceOf(SubstitutionException.class)
        .hasMessage("failed to resolve request.object.nope at path /spec/x: JMESPath query failed: Unknown key"
            + " \"nope\" in path");
  }

  @Test
  void deleteRequestsReadTheOldObject() {
    JsonContext ctx = JsonContext.of((ObjectNode) json(
        "{\"request\": {\"operation\": \"DELETE\", \"oldObject\": {\"metadata\": {\"name\": \"gone\"}}}}"));
    assertThat(Variables.substituteAll(json("\"{{ request.object.metadata.name }}\""), ctx)).isEqualTo(json("\"gone\""));
  }

  @Test
  void referencesResolveAgainstThePatternItself() {
    JsonNode pattern = json("""
        {"spec": {"containers": [{"resources": {"requests": {"memory": "?*"},
          "limits": {"memory": "<=$(./../../requests/memory)"}}}]}}
        """);
    JsonNode out = Variables.substituteAll(pattern, context());
    assertThat(out.at("/spec/containers/0/resources/limits/memory").stringValue()).isEqualTo("<=?*");
  }

  @Test
  void textWithoutVariablesIsReturnedUnchanged() {
    var random = new Random(42);
    for (int i = 0; i < 500; i++) {
      var text = new StringBuilder();
      int length = random.nextInt(30);
      for (int c = 0; c < length; c++) {
        text.append("ab {}$()-\\:./x".charAt(random.nextInt(14)));
      }
      String s = text.toString();
      if (s.contains("{{") || s.contains("$(")) {
        continue;
      }
      JsonNode node = StringNode.valueOf(s);
      assertThat(Variables.substituteAll(node, context())).as(s).isEqualTo(node);
    }
  }
}
