package io.bulwark.engine.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.conditions.JsonStringArray.NotJson;
import io.bulwark.engine.conditions.JsonStringArray.NotStrings;
import io.bulwark.engine.conditions.JsonStringArray.Strings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's {@code json.Valid} followed by {@code json.Unmarshal} into a {@code []string}. */
class JsonStringArrayTest {

  @Test
  void readsArraysOfStrings() {
    assertThat(JsonStringArray.read("[\"a\", \"b\"]")).isEqualTo(new Strings(List.of("a", "b")));
    assertThat(JsonStringArray.read(" [\"a\"]\n")).isEqualTo(new Strings(List.of("a")));
    assertThat(JsonStringArray.read("[]")).isEqualTo(new Strings(List.of()));
  }

  @Test
  void readsNullAsNoStringsAndNullElementsAsEmptyStrings() {
    assertThat(JsonStringArray.read("null")).isEqualTo(new Strings(List.of()));
    assertThat(JsonStringArray.read("[null, \"a\"]")).isEqualTo(new Strings(List.of("", "a")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "true", "\"a\"", "{\"a\": 1}", "[1]", "[\"a\", 1]", "[[\"a\"]]"})
  void rejectsOtherJson(String text) {
    assertThat(JsonStringArray.read(text)).isInstanceOf(NotStrings.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "a", "[a]", "['a']", "[\"a\"] x", "[\"a\",]", "01", "NaN", "1-10", "{"})
  void recognisesTextThatIsNotJson(String text) {
    assertThat(JsonStringArray.read(text)).isInstanceOf(NotJson.class);
  }
}
