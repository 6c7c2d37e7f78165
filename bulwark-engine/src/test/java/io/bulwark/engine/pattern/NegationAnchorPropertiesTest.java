package io.bulwark.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.problem.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Seeded-random properties of anchors; a failing seed reproduces with the printed number. */
class NegationAnchorPropertiesTest {

  private static final long SEED = 0x5eed_b01dL;
  private static final int RUNS = 500;
  private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();
  private static final List<String> KEYS = List.of("a", "b", "c", "host", "x.y/z", "k");

  @Test
  void negationFailsExactlyWhenTheKeyIsPresentWhateverItsValue() {
    Random random = new Random(SEED);
    for (int run = 0; run < RUNS; run++) {
      String key = pick(random, KEYS);
      List<String> parents = randomParents(random);
      ObjectNode resourceLeaf = randomMap(random, 2);
      boolean present = random.nextBoolean();
      if (present) {
        resourceLeaf.set(key, randomValue(random, 2));
      } else {
        resourceLeaf.remove(key);
      }
      ObjectNode patternLeaf = NODES.objectNode();
      patternLeaf.set("X(" + key + ")", randomValue(random, 1));

      MatchOutcome outcome =
          Json.outcome(nest(parents, resourceLeaf), nest(parents, patternLeaf));

      FieldPath at = FieldPath.of(parents.toArray(String[]::new)).child(key);
      String context = "run " + run + " key " + key + " under " + parents + ": " + resourceLeaf;
      if (present) {
        assertThat(outcome)
            .as(context)
            .isInstanceOfSatisfying(
                MatchOutcome.Mismatch.class,
                m -> assertThat(m.at()).as(context).isEqualTo(Optional.of(at)));
      } else {
        assertThat(outcome).as(context).isEqualTo(MatchOutcome.matched());
      }
    }
  }

  @Test
  void equalityAnchorIgnoresAnAbsentKeyWhateverThePattern() {
    Random random = new Random(SEED + 1);
    for (int run = 0; run < RUNS; run++) {
      String key = pick(random, KEYS);
      ObjectNode resource = randomMap(random, 2);
      resource.remove(key);
      ObjectNode pattern = NODES.objectNode();
      pattern.set("=(" + key + ")", randomValue(random, 2));

      assertThat(Json.outcome(resource, pattern))
          .as("run " + run + ": " + pattern + " against " + resource)
          .isEqualTo(MatchOutcome.matched());
    }
  }

  private static JsonNode nest(List<String> parents, ObjectNode leaf) {
    JsonNode node = leaf;
    for (int i = parents.size() - 1; i >= 0; i--) {
      ObjectNode parent = NODES.objectNode();
      parent.set(parents.get(i), node);
      node = parent;
    }
    return node;
  }

  private static List<String> randomParents(Random random) {
    List<String> parents = new ArrayList<>();
    int depth = random.nextInt(3);
    for (int i = 0; i < depth; i++) {
      parents.add("p" + random.nextInt(3));
    }
    return parents;
  }

  private static ObjectNode randomMap(Random random, int depth) {
    ObjectNode map = NODES.objectNode();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      map.set(pick(random, KEYS), randomValue(random, depth - 1));
    }
    return map;
  }

  private static JsonNode randomValue(Random random, int depth) {
    int choice = random.nextInt(depth > 0 ? 9 : 7);
    return switch (choice) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(200) - 100);
      case 3 -> NODES.numberNode(random.nextDouble() * 10);
      case 4 -> NODES.stringNode(pick(random, List.of("", "*", "?*", "x", "!x", ">1", "1Gi")));
      case 5 -> NODES.stringNode("(" + pick(random, KEYS) + ")");
      case 6 -> NODES.objectNode();
      case 7 -> randomMap(random, depth);
      default -> {
        ArrayNode list = NODES.arrayNode();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
          list.add(randomValue(random, depth - 1));
        }
        yield list;
      }
    };
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
