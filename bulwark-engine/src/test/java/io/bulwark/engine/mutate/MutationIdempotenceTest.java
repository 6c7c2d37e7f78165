package io.bulwark.engine.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.KyvernoPolicyLibrary;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: a mutation whose conditions do not read what it writes (or that guards what it
 * writes) changes nothing the second time. Policies from Kyverno's library, applied to seeded
 * random Pods; a failure names the seed, so it can be replayed.
 */
class MutationIdempotenceTest {

  private static final int SEEDS = 60;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> LABEL_KEYS = List.of("app", "foo", "tier", "team", "version");
  private static final List<String> IMAGES = List.of("nginx:1.25", "corp.reg.com/app:2", "busybox", "ghcr.io/x/y@sha256:"
      + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "redis:7");

  static Stream<String> policies() {
    return Stream.of("other/add-labels", "other/add-default-securitycontext", "best-practices/add-safe-to-evict",
        "other/add-nodeSelector", "other/add-pod-proxies", "other/add-tolerations",
        "other/add-imagepullsecrets-for-containers-and-initcontainers");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void applyingTwiceChangesNothingMore(String folder) {
    KyvernoPolicy policy = load(folder);
    var engine = new DefaultEngine();
    for (long seed = 0; seed < SEEDS; seed++) {
      JsonNode pod = randomPod(new Random(seed));
      MutationOutcome once = engine.mutate(policy, ResourceRequest.create(pod));
      MutationOutcome twice = engine.mutate(policy, ResourceRequest.create(once.patched()));
      assertThat(once.response().rules()).as("seed %d: %s", seed, MutateFixtures.summary(once))
          .noneMatch(r -> r.status() == RuleStatus.ERROR);
      assertThat(twice.patched()).as("seed %d", seed).isEqualTo(once.patched());
      assertThat(twice.response().rules()).as("seed %d: %s", seed, MutateFixtures.summary(twice))
          .noneMatch(r -> r.status() == RuleStatus.PASS || r.status() == RuleStatus.ERROR);
    }
  }

  private static KyvernoPolicy load(String folder) {
    Path dir = KyvernoPolicyLibrary.locate().resolve(folder);
    return KyvernoPolicyLibrary.policies(dir.resolve(dir.getFileName() + ".yaml")).get(0);
  }

  /** A Pod with a random mix of labels, annotations, containers, volumes, security context and tolerations. */
  static JsonNode randomPod(Random random) {
    ObjectNode pod = NODES.objectNode();
    pod.put("apiVersion", "v1");
    pod.put("kind", "Pod");
    ObjectNode metadata = pod.putObject("metadata");
    metadata.put("name", "pod-" + random.nextInt(1000));
    metadata.put("namespace", random.nextBoolean() ? "default" : "team-" + random.nextInt(5));
    if (random.nextInt(4) > 0) {
      ObjectNode labels = metadata.putObject("labels");
      for (String key : LABEL_KEYS) {
        if (random.nextInt(3) == 0) {
          labels.put(key, random.nextBoolean() ? "bar" : "v" + random.nextInt(9));
        }
      }
    }
    if (random.nextBoolean()) {
      metadata.putObject("annotations").put("cluster-autoscaler.kubernetes.io/safe-to-evict",
          random.nextBoolean() ? "true" : "false");
    }
    ObjectNode spec = pod.putObject("spec");
    if (random.nextInt(3) == 0) {
      ArrayNode init = spec.putArray("initContainers");
      init.add(container(random, "init"));
    }
    ArrayNode containers = spec.putArray("containers");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      containers.add(container(random, "c" + i));
    }
    if (random.nextBoolean()) {
      ArrayNode volumes = spec.putArray("volumes");
      int volumeCount = 1 + random.nextInt(3);
      for (int i = 0; i < volumeCount; i++) {
        ObjectNode volume = volumes.addObject().put("name", "v" + i);
        switch (random.nextInt(3)) {
          case 0 -> volume.putObject("emptyDir");
          case 1 -> volume.putObject("hostPath").put("path", "/var/" + i);
          default -> volume.putObject("configMap").put("name", "cm" + i);
        }
      }
    }
    if (random.nextBoolean()) {
      ObjectNode security = spec.putObject("securityContext");
      if (random.nextBoolean()) {
        security.put("runAsNonRoot", random.nextBoolean());
      }
      if (random.nextBoolean()) {
        security.put("runAsUser", random.nextInt(2000));
      }
    }
    if (random.nextInt(3) == 0) {
      spec.putArray("tolerations").addObject().put("key", random.nextBoolean() ? "org.com/role" : "other")
          .put("operator", "Exists");
    }
    if (random.nextInt(3) == 0) {
      spec.putObject("nodeSelector").put("color", random.nextBoolean() ? "orange" : "blue");
    }
    return pod;
  }

  private static ObjectNode container(Random random, String name) {
    ObjectNode container = NODES.objectNode();
    container.put("name", name);
    container.put("image", IMAGES.get(random.nextInt(IMAGES.size())));
    if (random.nextBoolean()) {
      container.putArray("env").addObject().put("name", random.nextBoolean() ? "HTTP_PROXY" : "LOG_LEVEL")
          .put("value", "x" + random.nextInt(5));
    }
    return container;
  }
}
