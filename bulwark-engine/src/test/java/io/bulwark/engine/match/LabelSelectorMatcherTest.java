package io.bulwark.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.LabelSelector;
import io.bulwark.api.policy.LabelSelector.Requirement;
import io.bulwark.engine.match.LabelSelectorMatcher.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelSelectorMatcherTest {

  private static final Outcome MATCHED = new Outcome.Matched();
  private static final Outcome NOT_MATCHED = new Outcome.NotMatched();
  private static final String LABEL_VALUE_RULE = "a valid label must be an empty string or consist of alphanumeric"
      + " characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', "
      + " or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  private static final String NAME_RULE = "name part must consist of alphanumeric characters, '-', '_' or '.', and"
      + " must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex"
      + " used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

  static Stream<Arguments> cases() {
    Map<String, String> web = Map.of("app", "web", "tier", "front");
    return Stream.of(
        Arguments.of("empty selector matches anything", labels(), List.of(), Map.of(), MATCHED),
        Arguments.of("equal label", labels("app", "web"), List.of(), web, MATCHED),
        Arguments.of("different value", labels("app", "db"), List.of(), web, NOT_MATCHED),
        Arguments.of("missing label", labels("env", "prod"), List.of(), web, NOT_MATCHED),
        Arguments.of("every label must hold", labels("app", "web", "tier", "back"), List.of(), web, NOT_MATCHED),
        Arguments.of("wildcard value", labels("app", "w*"), List.of(), web, MATCHED),
        Arguments.of("wildcard value misses", labels("app", "d?"), List.of(), web, NOT_MATCHED),
        Arguments.of("wildcard key", labels("ti*", "front"), List.of(), web, MATCHED),
        Arguments.of("star star on labels", labels("*", "*"), List.of(), web, MATCHED),
        Arguments.of("star star on no labels", labels("*", "*"), List.of(), Map.of(), NOT_MATCHED),
        Arguments.of("unmatched wildcard becomes zero", labels("x*", "*"), List.of(), Map.of("x0", "0"), MATCHED),
        Arguments.of("In", labels(), List.of(req("tier", "In", "front", "back")), web, MATCHED),
        Arguments.of("In misses", labels(), List.of(req("tier", "In", "back")), web, NOT_MATCHED),
        Arguments.of("In needs the label", labels(), List.of(req("env", "In", "prod")), web, NOT_MATCHED),
        Arguments.of("NotIn", labels(), List.of(req("tier", "NotIn", "back")), web, MATCHED),
        Arguments.of("NotIn without the label", labels(), List.of(req("env", "NotIn", "prod")), web, MATCHED),
        Arguments.of("NotIn hit", labels(), List.of(req("tier", "NotIn", "front")), web, NOT_MATCHED),
        Arguments.of("Exists", labels(), List.of(req("app", "Exists")), web, MATCHED),
        Arguments.of("Exists misses", labels(), List.of(req("env", "Exists")), web, NOT_MATCHED),
        Arguments.of("DoesNotExist", labels(), List.of(req("env", "DoesNotExist")), web, MATCHED),
        Arguments.of("DoesNotExist hit", labels(), List.of(req("app", "DoesNotExist")), web, NOT_MATCHED),
        Arguments.of("labels and expressions together", labels("app", "web"), List.of(req("env", "Exists")), web,
            NOT_MATCHED),
        Arguments.of("Exists with values is invalid", labels(), List.of(req("app", "Exists", "x")), web,
            new Outcome.Invalid("values: Invalid value: []string{\"x\"}: values set must be empty for exists and"
                + " does not exist")),
        Arguments.of("In without values is invalid", labels(), List.of(req("app", "In")), web,
            new Outcome.Invalid("values: Invalid value: []string(nil): for 'in', 'notin' operators, values set"
                + " can't be empty")),
        Arguments.of("wildcards are literal in expressions", labels(), List.of(req("tier", "In", "*")), web,
            new Outcome.Invalid("values[0][tier]: Invalid value: \"*\": " + LABEL_VALUE_RULE)),
        Arguments.of("bad key", labels("bad key", "x"), List.of(), web,
            new Outcome.Invalid("key: Invalid value: \"bad key\": " + NAME_RULE)),
        Arguments.of("prefixed key", labels("app.kubernetes.io/name", "web"), List.of(),
            Map.of("app.kubernetes.io/name", "web"), MATCHED),
        Arguments.of("empty prefix", labels("/name", "web"), List.of(), web,
            new Outcome.Invalid("key: Invalid value: \"/name\": prefix part must be non-empty")),
        Arguments.of("two errors", labels(), List.of(req("a b", "Exists", "x")), web,
            new Outcome.Invalid("[key: Invalid value: \"a b\": " + NAME_RULE + ", values: Invalid value:"
                + " []string{\"x\"}: values set must be empty for exists and does not exist]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluatesLikeKyvernosCheckSelector(
      String description, Map<String, String> matchLabels, List<Requirement> expressions,
      Map<String, String> labels, Outcome expected) {
    assertThat(LabelSelectorMatcher.match(new LabelSelector(matchLabels, expressions), labels)).isEqualTo(expected);
  }

  private static Map<String, String> labels(String... keysAndValues) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      labels.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return labels;
  }

  private static Requirement req(String key, String operator, String... values) {
    return new Requirement(key, operator, List.of(values));
  }
}
