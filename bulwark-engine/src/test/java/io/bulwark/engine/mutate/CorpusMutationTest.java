package io.bulwark.engine.mutate;

import static io.bulwark.engine.KyvernoPolicyLibrary.documents;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.KyvernoPolicyLibrary;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A few of Kyverno's own mutate tests from its policy library, run through the engine alone: each
 * {@code patchedResources} row's resource is mutated by its (single) policy, and the result must
 * equal the expected object once both are tidied as Kyverno's CLI tidies them (nulls, empty maps
 * and empty lists dropped), and the rule must report the expected status. The full ratchet over the
 * library is the conformance module's; these cases pin the engine's orchestration (foreach order,
 * nested foreach, JSON patches with element indices, anchors, preconditions).
 */
class CorpusMutationTest {

  static Stream<String> cases() {
    return Stream.of("other/add-labels", "best-practices/add-safe-to-evict", "other/add-default-securitycontext",
        "other/remove-hostpath-volumes", "other/add-tolerations", "other/replace-image-registry",
        "other/prepend-image-registry", "psp-migration/add-capabilities", "other/add-certificates-volume",
        "other/add-ndots", "other/add-nodeSelector", "other/always-pull-images");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mutatesAsKyvernosOwnTestsExpect(String folder) {
    Path tests = KyvernoPolicyLibrary.locate().resolve(folder).resolve(".kyverno-test");
    JsonNode test = documents(tests.resolve("kyverno-test.yaml")).get(0);
    List<KyvernoPolicy> policies = new ArrayList<>();
    for (JsonNode file : test.path("policies")) {
      policies.addAll(KyvernoPolicyLibrary.policies(tests.resolve(file.asString())));
    }
    assertThat(policies).hasSize(1);
    List<JsonNode> resources = new ArrayList<>();
    test.path("resources").forEach(file -> documents(tests.resolve(file.asString()))
        .forEach(resource -> resources.add(inDefaultNamespace(resource))));
    int checked = 0;
    for (JsonNode row : test.path("results")) {
      if (!row.has("patchedResources")) {
        continue;
      }
      List<JsonNode> expected = documents(tests.resolve(row.get("patchedResources").asString())).stream()
          .map(CorpusMutationTest::inDefaultNamespace).toList();
      for (JsonNode name : row.path("resources")) {
        String kind = row.path("kind").asString("");
        JsonNode resource = find(resources, kind, name.asString());
        MutationOutcome outcome = new DefaultEngine().mutate(policies.get(0), ResourceRequest.create(resource));
        String rule = row.path("rule").asString();
        List<String> statuses = outcome.response().rules().stream()
            .filter(r -> r.name().equals(rule) || r.name().equals("autogen-" + rule)
                || r.name().equals("autogen-cronjob-" + rule))
            .map(RuleResponse::status).map(s -> s.label()).toList();
        assertThat(statuses).as("%s %s: %s", rule, name, MutateFixtures.summary(outcome))
            .contains(row.path("result").asString());
        JsonNode want = find(expected, kind, name.asString());
        assertThat(tidy(outcome.patched())).as(name.asString()).isEqualTo(tidy(want));
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  /** The object named {@code ns/name} or {@code name}, of the row's kind when one has it. */
  private static JsonNode find(List<JsonNode> objects, String kind, String name) {
    String plain = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
    List<JsonNode> named = objects.stream()
        .filter(o -> o.path("metadata").path("name").asString("").equals(plain)).toList();
    return named.stream().filter(o -> o.path("kind").asString("").equals(kind)).findFirst()
        .or(() -> named.stream().findFirst())
        .orElseThrow(() -> new AssertionError("no resource " + name));
  }

  /**
   * Kyverno's CLI puts a namespaced resource that names no namespace in {@code default}, the
   * resources it applies policies to and the expected patched resources alike.
   */
  private static JsonNode inDefaultNamespace(JsonNode resource) {
    String kind = resource.path("kind").asString("");
    if (resource.path("metadata").has("namespace") || CLUSTER_SCOPED.contains(kind)) {
      return resource;
    }
    ObjectNode copy = (ObjectNode) resource.deepCopy();
    ((ObjectNode) copy.get("metadata")).put("namespace", "default");
    return copy;
  }

  private static final java.util.Set<String> CLUSTER_SCOPED = java.util.Set.of("Namespace", "Node", "ClusterRole",
      "ClusterRoleBinding", "PersistentVolume", "StorageClass", "CustomResourceDefinition");

  /** Nulls, empty maps and empty lists removed, recursively. */
  static JsonNode tidy(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(e -> {
        JsonNode value = tidy(e.getValue());
        if (!value.isNull() && !(value.isContainer() && value.isEmpty())) {
          out.set(e.getKey(), value);
        }
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(tidy(item)));
      return out;
    }
    if (node.isNumber() && node.isIntegralNumber()) {
      return JsonNodeFactory.instance.numberNode(node.longValue());
    }
    return node;
  }
}
