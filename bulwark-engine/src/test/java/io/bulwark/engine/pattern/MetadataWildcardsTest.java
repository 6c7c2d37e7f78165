package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wildcard label and annotation keys, after Kyverno's {@code TestValidateMapWildcardKeys}. */
class MetadataWildcardsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "1: a star in an annotation key",
            "{'metadata': {'annotations': {'test/*': 'value1'}}}",
            "{'metadata': {'annotations': {'test/bar': 'value1'}}}",
            "pass"),
        Arguments.of(
            "2: question marks in the key, wildcard in the value",
            "{'metadata': {'annotations': {'test/b??': 'v*'}}}",
            "{'metadata': {'annotations': {'test/bar': 'value1'}}}",
            "pass"),
        Arguments.of(
            "3: an empty pattern",
            "{}",
            "{'metadata': {'annotations': {'test/bar': 'value1'}}}",
            "pass"),
        Arguments.of(
            "4: annotations missing from the resource",
            "{'metadata': {'annotations': {'test/b??': 'v*'}}}",
            "{'metadata': {'labels': {'test/bar': 'value1'}}}",
            "fail /metadata/annotations/"),
        Arguments.of(
            "5: a leading star",
            "{'metadata': {'labels': {'*/test': 'foo'}}}",
            "{'metadata': {'labels': {'foo/test': 'foo'}}}",
            "pass"),
        Arguments.of(
            "6: the key that matches is used",
            "{'metadata': {'labels': {'foo/a*': 'bar'}}}",
            "{'metadata': {'labels': {'foo/aa?': 'bar', 'foo/789': 'bar'}}}",
            "pass"),
        Arguments.of(
            "7: the expanded key is reported",
            "{'metadata': {'labels': {'foo/ABC*': 'bar'}}}",
            "{'metadata': {'labels': {'foo/AB?': 'bar', 'foo/ABC': 'bar2'}}}",
            "fail /metadata/labels/foo/ABC/"),
        Arguments.of(
            "8: anchored metadata and labels",
            "{'=(metadata)': {'=(labels)': {'foo/P*': 'bar', 'foo/Q*': 'bar2'}}}",
            "{'metadata': {'labels': {'foo/PQR': 'bar', 'foo/QR': 'bar2'}}}",
            "pass"),
        Arguments.of(
            "9: a matched key with the wrong value",
            "{'metadata': {'labels': {'foo/1*': 'bar'}}}",
            "{'metadata': {'labels': {'foo/123': 'bar222'}}}",
            "fail /metadata/labels/foo/123/"),
        Arguments.of(
            "10: a key that matches nothing stays as written",
            "{'metadata': {'labels': {'foo/X*': 'bar', 'foo/A*': 'bar2'}}}",
            "{'metadata': {'labels': {'foo/XYZ': 'bar'}}}",
            "fail /metadata/labels/foo/A*/"),
        Arguments.of(
            "11: under anchors too",
            "{'=(metadata)': {'=(labels)': {'foo/1*': 'bar', 'foo/4*': 'bar2'}}}",
            "{'metadata': {'labels': {'foo/123': 'bar'}}}",
            "fail /metadata/labels/foo/4*/"),
        Arguments.of(
            "an anchor on a wildcard key is kept",
            "{'metadata': {'labels': {'X(team/*)': null, 'app': 'x'}}}",
            "{'metadata': {'labels': {'app': 'x'}}}",
            "pass"),
        Arguments.of(
            "an expanded anchored key",
            "{'metadata': {'labels': {'=(team/*)': 'a*'}}}",
            "{'metadata': {'labels': {'team/owner': 'bob'}}}",
            "fail /metadata/labels/team/owner/"),
        Arguments.of(
            "metadata below the root is expanded as well",
            "{'spec': {'template': {'metadata': {'labels': {'app.kubernetes.io/*': '?*'}}}}}",
            "{'spec': {'template': {'metadata': {'labels': {'app.kubernetes.io/name': ''}}}}}",
            "fail /spec/template/metadata/labels/app.kubernetes.io/name/"),
        // Kyverno rebuilds the pattern's labels from its string entries only, when the resource
        // has labels: an entry with a null value is then not checked at all.
        Arguments.of(
            "a null-valued label pattern is dropped when the resource has labels",
            "{'metadata': {'labels': {'X(app)': null}}}",
            "{'metadata': {'labels': {'app': 'x'}}}",
            "pass"),
        Arguments.of(
            "a null-valued label pattern is checked when the resource has no labels",
            "{'metadata': {'labels': {'X(app)': null}}}",
            "{'metadata': {'name': 'x'}}",
            "fail /metadata/labels/"),
        Arguments.of(
            "a string-valued negation survives the rebuild",
            "{'metadata': {'labels': {'X(app)': 'null'}}}",
            "{'metadata': {'labels': {'app': 'x'}}}",
            "fail /metadata/labels/app/"),
        // The expansion is made in the pattern itself, so later list elements see it.
        Arguments.of(
            "an expansion made for one element carries over to the next",
            "{'items': [{'metadata': {'labels': {'app*': 'x'}}}]}",
            "{'items': [{'metadata': {'labels': {'apple': 'x'}}}, {'metadata': {'labels':"
                + " {'app2': 'x'}}}]}",
            "fail /items/1/metadata/labels/apple/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expandsWildcardKeysLikeKyverno(
      String name, String pattern, String resource, String expected) {
    assertThat(Json.match(resource, pattern)).isEqualTo(expected);
  }

  @Test
  void expansionChangesNothingWhenMayRewriteSaysSo() {
    // PatternMatcher walks the policy's own pattern, uncopied, whenever mayRewrite is false.
    Random random = new Random(42);
    int uncopied = 0;
    for (int i = 0; i < 5_000; i++) {
      ObjectNode pattern = randomMetadataMap(random);
      ObjectNode resource = randomMetadataMap(random);
      if (MetadataWildcards.mayRewrite(pattern)) {
        continue;
      }
      uncopied++;
      JsonNode before = pattern.deepCopy();
      MetadataWildcards.expand(pattern, resource);
      assertThat(pattern).as("pattern %s, resource %s", before, resource).isEqualTo(before);
    }
    assertThat(uncopied).isGreaterThan(500);
  }

  @Test
  void mayRewriteLooksIntoNestedMapsAndLists() {
    assertThat(MetadataWildcards.mayRewrite(Json.tree(
        "{'spec': {'template': {'metadata': {'labels': {'app': 'web'}}}}}"))).isFalse();
    assertThat(MetadataWildcards.mayRewrite(Json.tree(
        "{'spec': {'template': {'=(metadata)': {'labels': {'app*': 'web'}}}}}"))).isTrue();
    assertThat(MetadataWildcards.mayRewrite(Json.tree(
        "{'items': [{'metadata': {'=(annotations)': {'X(a)': null}}}]}"))).isTrue();
  }

  private static ObjectNode randomMetadataMap(Random random) {
    String[] metadataKeys = {"metadata", "=(metadata)", "(metadata)", "spec"};
    String[] tags = {"labels", "annotations", "=(labels)", "X(annotations)", "name"};
    String[] keys = {"app", "team", "a?", "app*", "=(app)", "X(team)", "=(te*)", "tier"};
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode metadata = root.putObject(metadataKeys[random.nextInt(metadataKeys.length)]);
    for (int t = random.nextInt(3); t > 0; t--) {
      ObjectNode values = metadata.putObject(tags[random.nextInt(tags.length)]);
      for (int k = random.nextInt(4); k > 0; k--) {
        String key = keys[random.nextInt(keys.length)];
        switch (random.nextInt(6)) {
          case 0 -> values.putNull(key);
          case 1 -> values.put(key, 3);
          default -> values.put(key, random.nextBoolean() ? "web" : "?*");
        }
      }
    }
    return root;
  }
}
