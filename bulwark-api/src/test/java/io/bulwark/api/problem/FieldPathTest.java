package io.bulwark.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {

  private final FieldPath image = FieldPath.of("spec", "containers").index(0).child("image");

  @Test
  void rendersEveryForm() {
    assertThat(image.dotted()).isEqualTo("spec.containers[0].image");
    assertThat(image.kyvernoResourcePath()).isEqualTo("/spec/containers/0/image/");
    assertThat(image.jsonPointer()).isEqualTo("/spec/containers/0/image");
    assertThat(FieldPath.root().kyvernoResourcePath()).isEqualTo("/");
    assertThat(FieldPath.root().dotted()).isEmpty();
  }

  @Test
  void listsItsSegmentsInOrder() {
    assertThat(image.segments()).containsExactly(new FieldPath.Key("spec"), new FieldPath.Key("containers"),
        new FieldPath.Index(0), new FieldPath.Key("image"));
    assertThat(FieldPath.root().segments()).isEmpty();
  }

  @Test
  void pathsBuiltDifferentlyAreEqualWhenTheirSegmentsAre() {
    FieldPath concatenated = FieldPath.of("spec").concat(FieldPath.of("containers").index(0).child("image"));

    assertThat(concatenated).isEqualTo(image).hasSameHashCodeAs(image);
    assertThat(image).isNotEqualTo(FieldPath.of("spec", "containers").index(1).child("image"));
    assertThat(image).isNotEqualTo(FieldPath.of("spec", "containers"));
    assertThat(image.hashCode()).isEqualTo(image.segments().hashCode());
  }

  @Test
  void knowsItsParentAndItsPrefixes() {
    assertThat(image.parent()).isEqualTo(FieldPath.of("spec", "containers").index(0));
    assertThat(FieldPath.root().parent()).isEqualTo(FieldPath.root());
    assertThat(image.startsWith(FieldPath.of("spec", "containers"))).isTrue();
    assertThat(image.startsWith(FieldPath.root())).isTrue();
    assertThat(image.startsWith(FieldPath.of("spec", "volumes"))).isFalse();
    assertThat(FieldPath.of("spec").startsWith(image)).isFalse();
    assertThat(image.isRoot()).isFalse();
    assertThat(FieldPath.root().isRoot()).isTrue();
  }

  @Test
  void sortsByKeysAndIndicesInTurn() {
    List<FieldPath> sorted = List.of(FieldPath.of("b"), image, FieldPath.of("spec").index(2),
        FieldPath.of("spec"), FieldPath.of("spec", "containers").index(0)).stream().sorted().toList();

    assertThat(sorted).containsExactly(FieldPath.of("b"), FieldPath.of("spec"), FieldPath.of("spec").index(2),
        FieldPath.of("spec", "containers").index(0), image);
  }
}
