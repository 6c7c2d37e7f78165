package io.bulwark.engine.mutate.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded-random properties of the strategic merge on Pod-shaped trees: applying a patch without
 * conditions twice gives what applying it once gives, neither input is ever changed, and every
 * container of the resource the patch does not delete is still there.
 */
class StrategicMergePatchPropertiesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> NAMES = List.of("app", "sidecar", "proxy", "init", "log");
  private static final int CASES = 400;

  @Test
  void applyingAPatchTwiceChangesNothingMore() {
    Random random = new Random(20261127L);
    for (int i = 0; i < CASES; i++) {
      JsonNode resource = pod(random);
      JsonNode patch = patch(random);
      JsonNode resourceBefore = resource.deepCopy();
      JsonNode patchBefore = patch.deepCopy();

      JsonNode once = StrategicMergePatch.apply(resource, patch);
      JsonNode twice = StrategicMergePatch.apply(once, patch);

      assertThat(twice).as("case %d: %s patched with %s", i, resource, patch).isEqualTo(once);
      assertThat(resource).as("case %d: resource unchanged", i).isEqualTo(resourceBefore);
      assertThat(patch).as("case %d: patch unchanged", i).isEqualTo(patchBefore);
      for (String name : containerNames(resource)) {
        if (!deletedByPatch(patch, name)) {
          assertThat(containerNames(once)).as("case %d: container %s kept", i, name).contains(name);
        }
      }
    }
  }

  private static JsonNode pod(Random random) {
    ObjectNode pod = NODES.objectNode();
    pod.put("apiVersion", "v1");
    pod.put("kind", "Pod");
    ObjectNode metadata = pod.putObject("metadata");
    metadata.put("name", "p" + random.nextInt(100));
    if (random.nextBoolean()) {
      metadata.putObject("labels").put("app", "web").put("tier", random.nextBoolean() ? "a" : "b");
    }
    if (random.nextInt(4) == 0) {
      metadata.putNull("creationTimestamp");
    }
    ObjectNode spec = pod.putObject("spec");
    spec.set("containers", containers(random, 1 + random.nextInt(3), false));
    if (random.nextBoolean()) {
      spec.putArray("tolerations").addObject().put("key", "k" + random.nextInt(3));
    }
    return pod;
  }

  private static JsonNode patch(Random random) {
    ObjectNode patch = NODES.objectNode();
    if (random.nextBoolean()) {
      ObjectNode labels = patch.putObject("metadata").putObject("labels");
      labels.put(random.nextBoolean() ? "team" : "+(team)", "t" + random.nextInt(3));
      if (random.nextBoolean()) {
        labels.putNull("tier");
      }
    }
    ObjectNode spec = patch.putObject("spec");
    if (random.nextBoolean()) {
      spec.set("containers", containers(random, 1 + random.nextInt(2), true));
    }
    if (random.nextBoolean()) {
      spec.putArray("imagePullSecrets").addObject().put("name", "secret" + random.nextInt(2));
    }
    if (random.nextInt(3) == 0) {
      spec.put("hostNetwork", random.nextBoolean());
    }
    return patch;
  }

  private static ArrayNode containers(Random random, int count, boolean inPatch) {
    List<String> names = new ArrayList<>(NAMES);
    Collections.shuffle(names, random);
    ArrayNode list = NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      ObjectNode container = list.addObject();
      container.put("name", names.get(i));
      if (inPatch && random.nextInt(5) == 0) {
        container.put("$patch", "delete");
        continue;
      }
      if (!inPatch || random.nextBoolean()) {
        container.put("image", "img" + random.nextInt(3));
      }
      if (random.nextBoolean()) {
        ArrayNode env = container.putArray("env");
        env.addObject().put("name", "E" + random.nextInt(3)).put("value", "v" + random.nextInt(3));
      }
      if (random.nextBoolean()) {
        ObjectNode port = container.putArray("ports").addObject().put("containerPort", 80 + random.nextInt(2));
        if (random.nextBoolean()) {
          port.put("protocol", "TCP");
        }
      }
      if (random.nextInt(3) == 0) {
        container.putArray("args").add("a" + random.nextInt(3));
      }
    }
    return list;
  }

  private static List<String> containerNames(JsonNode pod) {
    List<String> names = new ArrayList<>();
    pod.path("spec").path("containers").forEach(c -> names.add(c.path("name").asString("")));
    return names;
  }

  private static boolean deletedByPatch(JsonNode patch, String name) {
    for (JsonNode container : patch.path("spec").path("containers")) {
      if (container.path("name").asString("").equals(name) && container.has("$patch")) {
        return true;
      }
    }
    return false;
  }
}
