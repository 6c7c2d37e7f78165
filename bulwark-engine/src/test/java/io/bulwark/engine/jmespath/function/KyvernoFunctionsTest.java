package io.bulwark.engine.jmespath.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.jmespath.JmesFunction;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry: all 51 functions, once each, with Kyverno's signatures and a description. */
class KyvernoFunctionsTest {

  /** Kyverno's {@code jp function} signatures. */
  private static final List<String> SIGNATURES =
      List.of(
          "compare(string, string) number",
          "equal_fold(string, string) bool",
          "replace(string, string, string, number) string",
          "replace_all(string, string, string) string",
          "to_upper(string) string",
          "to_lower(string) string",
          "trim(string, string) string",
          "trim_prefix(string, string) string",
          "split(string, string) array[string]",
          "regex_replace_all(string, string|number, string|number) string",
          "regex_replace_all_literal(string, string|number, string|number) string",
          "regex_match(string, string|number) bool",
          "pattern_match(string, string|number) bool",
          "label_match(object, object) bool",
          "to_boolean(string) bool",
          "add(any, any) any",
          "sum(array) any",
          "subtract(any, any) any",
          "multiply(any, any) any",
          "divide(any, any) any",
          "modulo(any, any) any",
          "round(number, number) number",
          "base64_decode(string) string",
          "base64_encode(string) string",
          "time_since(string, string, string) string",
          "time_now() string",
          "time_now_utc() string",
          "time_add(string, string) string",
          "time_parse(string, string) string",
          "time_to_cron(string) string",
          "time_utc(string) string",
          "time_diff(string, string) string",
          "time_before(string, string) bool",
          "time_after(string, string) bool",
          "time_between(string, string, string) bool",
          "time_truncate(string, string) string",
          "path_canonicalize(string) string",
          "truncate(string, number) string",
          "semver_compare(string, string) bool",
          "parse_json(string) any",
          "parse_yaml(string) any",
          "lookup(object|array, string|number) any",
          "items(object|array, string, string) array",
          "object_from_lists(array, array) object",
          "random(string) string",
          "x509_decode(string) object",
          "image_normalize(string) string",
          "is_external_url(string) bool",
          "sha256(string) string",
          "sha1(string) string",
          "md5(string) string");

  @Test
  void listsAllFiftyOneFunctionsOnce() {
    List<JmesFunction> all = KyvernoFunctions.all(Calls.CLOCK);
    assertThat(all).hasSize(51);
    assertThat(all.stream().map(JmesFunction::name).distinct()).hasSize(51);
  }

  @Test
  void hasKyvernoSignatures() {
    assertThat(KyvernoFunctions.all(Calls.CLOCK).stream().map(Object::toString))
        .containsExactlyElementsOf(SIGNATURES);
  }

  @Test
  void describesEveryFunction() {
    for (JmesFunction function : KyvernoFunctions.all()) {
      assertThat(function.description()).as(function.name()).isNotBlank();
      assertThat(function.variadic()).as(function.name()).isFalse();
    }
  }

  @Test
  void documentsEveryFunctionInTheRegistryTable() throws Exception {
    String source =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "src/main/java/io/bulwark/engine/jmespath/function/KyvernoFunctions.java"));
    Map<String, JmesFunction> byName =
        KyvernoFunctions.all().stream()
            .collect(Collectors.toMap(JmesFunction::name, Function.identity()));
    for (var entry : byName.entrySet()) {
      assertThat(source)
          .as(entry.getKey())
          .contains("<tr><td>" + entry.getKey() + "</td><td>" + entry.getValue() + "</td>");
    }
  }

  @Test
  void usesTheGivenClock() {
    var now = KyvernoFunctions.all(Calls.CLOCK).stream()
        .filter(f -> f.name().equals("time_now_utc"))
        .findFirst()
        .orElseThrow();
    assertThat(now.call(List.of()).stringValue()).isEqualTo("2023-02-02T15:04:05Z");
  }
}
