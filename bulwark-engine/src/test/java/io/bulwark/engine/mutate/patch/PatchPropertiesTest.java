package io.bulwark.engine.mutate.patch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Seeded-random properties of diff and apply; a failure names its run, and the run reproduces with
 * the same seed.
 */
class PatchPropertiesTest {

  private static final long SEED = 0x6902_7386L;
  private static final int RUNS = 600;

  @Test
  void applyingTheDiffOfTwoDocumentsGivesTheSecond() {
    var json = new RandomJson(SEED, true);
    for (int run = 0; run < RUNS; run++) {
      JsonNode a = json.document();
      JsonNode b = run % 3 == 0 ? json.document() : json.edited(a, 1 + run % 5);
      JsonNode aBefore = a.deepCopy();
      JsonNode bBefore = b.deepCopy();
      String context = "run " + run + ": " + a + " -> " + b;

      ArrayNode patch = JsonPatch.diff(a, b);
      JsonNode patched = JsonPatch.apply(a, patch);

      assertThat(patched).as(context + " with " + patch).isEqualTo(b);
      assertThat(a).as(context + ": diff and apply leave their inputs alone").isEqualTo(aBefore);
      assertThat(b).as(context).isEqualTo(bBefore);
      assertThat(JsonPatch.diff(patched, b)).as(context + ": nothing is left to change").isEmpty();
    }
  }

  @Test
  void theDiffSurvivesBeingWrittenAsTextAndParsedAgain() {
    var json = new RandomJson(SEED + 1, true);
    for (int run = 0; run < RUNS; run++) {
      JsonNode a = json.document();
      JsonNode b = json.edited(a, 1 + run % 4);

      ArrayNode reparsed = JsonPatch.parse(JsonPatch.diff(a, b).toString());

      assertThat(JsonPatch.apply(a, reparsed)).as("run " + run + ": " + a + " -> " + b).isEqualTo(b);
    }
  }

  @Test
  void aDocumentHasNoDifferenceFromItself() {
    var json = new RandomJson(SEED + 2, true);
    for (int run = 0; run < RUNS; run++) {
      JsonNode a = json.document();

      assertThat(JsonPatch.diff(a, a.deepCopy())).as("run " + run + ": " + a).isEmpty();
      assertThat(MergePatch.diff(a, a.deepCopy())).as("run " + run + ": " + a).isEmpty();
    }
  }

  /** Setting a scalar, or adding or removing anything, is one operation (or none, if nothing changed). */
  @ParameterizedTest
  @EnumSource(RandomJson.Edit.class)
  void oneEditGivesAtMostOneOperation(RandomJson.Edit edit) {
    var json = new RandomJson(SEED + 3 + edit.ordinal(), true);
    for (int run = 0; run < RUNS; run++) {
      JsonNode a = json.document();
      JsonNode b = a.deepCopy();
      if (!json.edit(b, edit, true)) {
        continue;
      }

      ArrayNode patch = JsonPatch.diff(a, b);

      assertThat(patch.size()).as("run " + run + ": " + a + " -> " + b + " gave " + patch).isLessThanOrEqualTo(1);
      assertThat(JsonPatch.apply(a, patch)).isEqualTo(b);
    }
  }

  @Test
  void mergingTheMergeDiffGivesTheSecondDocumentWhenThereAreNoNulls() {
    var json = new RandomJson(SEED + 10, false);
    for (int run = 0; run < RUNS; run++) {
      JsonNode a = json.document();
      JsonNode b = run % 3 == 0 ? json.document() : json.edited(a, 1 + run % 5);
      JsonNode aBefore = a.deepCopy();
      String context = "run " + run + ": " + a + " -> " + b;

      JsonNode patch = MergePatch.diff(a, b);
      JsonNode merged = MergePatch.apply(a, patch);

      assertThat(merged).as(context + " with " + patch).isEqualTo(b);
      assertThat(a).as(context).isEqualTo(aBefore);
      assertThat(MergePatch.apply(merged, patch)).as(context + ": merging twice is merging once").isEqualTo(merged);
    }
  }

  @Test
  void equalValuesHaveEqualHashes() {
    var json = new RandomJson(SEED + 11, true);
    for (int run = 0; run < RUNS; run++) {
      JsonNode a = json.document();
      JsonNode b = json.edited(a, run % 2);
      if (JsonValues.equal(a, b)) {
        assertThat(JsonValues.hash(a)).as("run " + run + ": " + a).isEqualTo(JsonValues.hash(b));
      }
      assertThat(JsonValues.equal(a, b)).as("run " + run).isEqualTo(a.equals(b));
    }
  }
}
