package io.bulwark.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.bulwark.api.problem.FieldPath;
import io.bulwark.api.problem.SourceLocation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourceIndexTest {

  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels:
          app: x
      spec:
        containers:
        - name: a
          image: nginx
        - name: b
          ports: [80, 443]
        defaults: &d {cpu: 1}
        limits: *d
      """;

  private static final YamlDocument DOCUMENT = KubeYaml.parse("pod.yaml", POD).get(0);

  static Stream<Arguments> positions() {
    return Stream.of(
        // path, locate (key for map entries), locateValue
        arguments(FieldPath.root(), "1:1", "1:1"),
        arguments(FieldPath.of("kind"), "2:1", "2:7"),
        arguments(FieldPath.of("metadata"), "3:1", "4:3"),
        arguments(FieldPath.of("metadata", "name"), "4:3", "4:9"),
        arguments(FieldPath.of("metadata", "labels", "app"), "6:5", "6:10"),
        arguments(FieldPath.of("spec", "containers"), "8:3", "9:3"),
        arguments(FieldPath.of("spec", "containers").index(0), "9:5", "9:5"),
        arguments(FieldPath.of("spec", "containers").index(0).child("image"), "10:5", "10:12"),
        arguments(FieldPath.of("spec", "containers").index(1).child("ports"), "12:5", "12:12"),
        arguments(
            FieldPath.of("spec", "containers").index(1).child("ports").index(1), "12:17", "12:17"),
        // Through an alias, values point at the anchored text; the key is where it is written.
        arguments(FieldPath.of("spec", "limits"), "14:3", "13:13"),
        arguments(FieldPath.of("spec", "limits", "cpu"), "13:17", "13:22"),
        // Missing paths fall back to the nearest existing ancestor.
        arguments(FieldPath.of("metadata", "annotations"), "3:1", "3:1"),
        arguments(FieldPath.of("metadata", "annotations", "x"), "3:1", "3:1"),
        arguments(FieldPath.of("spec", "containers").index(7).child("image"), "8:3", "8:3"),
        arguments(FieldPath.of("metadata", "name", "deeper"), "4:3", "4:3"),
        arguments(FieldPath.of("kind").index(0), "2:1", "2:1"),
        arguments(FieldPath.root().index(0), "1:1", "1:1"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("positions")
  void locatesKeysItemsAndValues(FieldPath path, String key, String value) {
    assertThat(DOCUMENT.positions().locate(path)).isEqualTo(at(key));
    assertThat(DOCUMENT.positions().locateValue(path)).isEqualTo(at(value));
    assertThat(DOCUMENT.locate(path)).isEqualTo(at(key));
  }

  @Test
  void countsLinesFromTheStartOfTheStream() {
    List<YamlDocument> documents = KubeYaml.parse("two.yaml", "a: 1\n---\n# c\nb:\n  - x\n  - y\n");

    YamlDocument second = documents.get(1);
    assertThat(second.locate(FieldPath.of("b"))).isEqualTo(new SourceLocation("two.yaml", 4, 1));
    assertThat(second.locate(FieldPath.of("b").index(1)))
        .isEqualTo(new SourceLocation("two.yaml", 6, 5));
  }

  @Test
  void countsWindowsLineEndingsAsOneLineBreak() {
    List<YamlDocument> documents = KubeYaml.parse("crlf.yaml", "a: 1\r\n---\r\nb:\r\n  c: 2\r\n");

    assertThat(documents.get(1).locate(FieldPath.of("b", "c")))
        .isEqualTo(new SourceLocation("crlf.yaml", 4, 3));
  }

  @Test
  void pointsMergedKeysAtTheMapTheyCameFrom() {
    YamlDocument document =
        KubeYaml.parse("m.yaml", "base: &b\n  p: 1\nuse:\n  <<: *b\n  q: 2\n").get(0);

    assertThat(document.locate(FieldPath.of("use", "p")))
        .isEqualTo(new SourceLocation("m.yaml", 2, 3));
    assertThat(document.locate(FieldPath.of("use", "q")))
        .isEqualTo(new SourceLocation("m.yaml", 5, 3));
  }

  @Test
  void answersJustTheFileWhenTheTreeDidNotComeFromText() {
    SourceIndex unknown = SourceIndex.unknown("generated");

    assertThat(unknown.locate(FieldPath.of("a")).render()).isEqualTo("generated");
  }

  private static SourceLocation at(String lineColumn) {
    String[] parts = lineColumn.split(":");
    return new SourceLocation("pod.yaml", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }
}
