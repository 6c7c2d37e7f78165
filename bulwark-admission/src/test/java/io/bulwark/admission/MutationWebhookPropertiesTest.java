package io.bulwark.admission;

import static io.bulwark.admission.TestPolicies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.metrics.MetricsRegistry;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.DefaultEngine;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.mutate.patch.JsonPatch;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.RuleStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * For seeded random Pod-like requests and a few of Kyverno's kinds of mutate policy, the JSON patch
 * the webhook answers with, applied to the request's object, gives exactly the object the engine's
 * chain of {@code mutate} calls produces. A failing run prints its number and objects.
 */
class MutationWebhookPropertiesTest {

  private static final long SEED = 0x5eed_6902L;
  private static final int RUNS = 300;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> IMAGES = List.of("nginx", "nginx:latest", "busybox:1.36", "ghcr.io/a/b:latest");

  private static final List<KyvernoPolicy> POLICIES = List.of(
      policy("""
          apiVersion: kyverno.io/v1
          kind: ClusterPolicy
          metadata:
            name: add-team-label
          spec:
            rules:
              - name: add-team
                match:
                  any:
                    - resources:
                        kinds: [Pod]
                mutate:
                  patchStrategicMerge:
                    metadata:
                      labels:
                        team: core
          """),
      policy("""
          apiVersion: kyverno.io/v1
          kind: ClusterPolicy
          metadata:
            name: pull-latest-always
          spec:
            rules:
              - name: latest-always
                match:
                  any:
                    - resources:
                        kinds: [Pod]
                mutate:
                  patchStrategicMerge:
                    spec:
                      containers:
                        - (image): "*:latest"
                          imagePullPolicy: Always
          """),
      policy("""
          apiVersion: kyverno.io/v1
          kind: ClusterPolicy
          metadata:
            name: default-run-as-non-root
          spec:
            rules:
              - name: run-as-non-root
                match:
                  any:
                    - resources:
                        kinds: [Pod]
                mutate:
                  patchStrategicMerge:
                    spec:
                      securityContext:
                        +(runAsNonRoot): true
          """),
      policy("""
          apiVersion: kyverno.io/v1
          kind: ClusterPolicy
          metadata:
            name: add-toleration
          spec:
            rules:
              - name: service-toleration
                match:
                  any:
                    - resources:
                        kinds: [Pod]
                mutate:
                  patchesJson6902: |-
                    - op: add
                      path: /spec/tolerations/-
                      value:
                        key: org.com/role
                        operator: Exists
                        effect: NoSchedule
          """),
      policy("""
          apiVersion: kyverno.io/v1
          kind: ClusterPolicy
          metadata:
            name: drop-debug-annotation
          spec:
            rules:
              - name: drop-debug
                match:
                  any:
                    - resources:
                        kinds: [Pod]
                mutate:
                  patchesJson6902: |-
                    - op: remove
                      path: /metadata/annotations/debug
          """));

  private final DefaultEngine engine = new DefaultEngine();
  private final PolicyEvaluator evaluator = new PolicyEvaluator(engine::validate);

  @AfterEach
  void close() {
    evaluator.close();
  }

  @Test
  void theAnsweredPatchAppliedToTheRequestObjectGivesTheEnginesMutatedObject() {
    Random random = new Random(SEED);
    int patched = 0;
    for (int run = 0; run < RUNS; run++) {
      List<KyvernoPolicy> policies = POLICIES.stream().filter(p -> random.nextInt(4) > 0).toList();
      PolicySet set = PolicySet.of(policies);
      var handler = new MutatingHandler(() -> set, Optional.empty(), evaluator,
          engine::mutate, Duration.ofSeconds(10),
          new AdmissionMetrics(new MetricsRegistry()));
      ObjectNode pod = randomPod(random);
      AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.create(pod.deepCopy(), "alice"));

      AdmissionDecision decision = handler.handle(request);

      JsonNode expected = engineChain(set.mutating(), request.resourceRequest());
      JsonNode answered = decision.patch().map(p -> JsonPatch.apply(pod, (ArrayNode) p)).orElse(pod);
      String context = "run " + run + " with " + set.names() + " on " + pod;
      assertThat(decision.allowed()).as(context).isTrue();
      assertThat(JsonPatch.diff(answered, expected)).as(context + ": answered " + answered + ", engine " + expected)
          .isEmpty();
      assertThat(decision.patch().isPresent()).as(context).isEqualTo(!JsonPatch.diff(pod, expected).isEmpty());
      patched += decision.patch().isPresent() ? 1 : 0;
    }
    assertThat(patched).as("requests the policies changed").isGreaterThan(RUNS / 2);
  }

  /** What the engine makes of the request, policy after policy, keeping only policies without errors. */
  private JsonNode engineChain(List<KyvernoPolicy> policies, ResourceRequest request) {
    JsonNode current = request.resource();
    for (KyvernoPolicy policy : policies) {
      var step = new ResourceRequest(current, request.oldResource(), request.operation(), request.requestInfo(),
          request.namespaceLabels(), request.kind(), request.subresource());
      MutationOutcome outcome = engine.mutate(policy, step);
      boolean failed = outcome.response().rules().stream()
          .anyMatch(r -> r.status() == RuleStatus.ERROR || r.status() == RuleStatus.FAIL);
      if (!failed) {
        current = outcome.patched();
      }
    }
    return current;
  }

  private static ObjectNode randomPod(Random random) {
    ObjectNode pod = NODES.objectNode();
    pod.put("apiVersion", "v1");
    pod.put("kind", "Pod");
    ObjectNode metadata = pod.putObject("metadata");
    metadata.put("name", "pod-" + random.nextInt(100));
    metadata.put("namespace", random.nextBoolean() ? "default" : "team-a");
    if (random.nextBoolean()) {
      ObjectNode labels = metadata.putObject("labels");
      if (random.nextBoolean()) {
        labels.put("team", random.nextBoolean() ? "core" : "edge");
      }
      labels.put("app", "web");
    }
    if (random.nextBoolean()) {
      ObjectNode annotations = metadata.putObject("annotations");
      if (random.nextBoolean()) {
        annotations.put("debug", "true");
      }
      annotations.put("owner", "x");
    }
    ObjectNode spec = pod.putObject("spec");
    ArrayNode containers = spec.putArray("containers");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      ObjectNode container = containers.addObject();
      container.put("name", "c" + i);
      container.put("image", IMAGES.get(random.nextInt(IMAGES.size())));
      if (random.nextInt(3) == 0) {
        container.put("imagePullPolicy", "IfNotPresent");
      }
    }
    if (random.nextBoolean()) {
      ObjectNode securityContext = spec.putObject("securityContext");
      if (random.nextBoolean()) {
        securityContext.put("runAsNonRoot", false);
      }
    }
    if (random.nextInt(3) == 0) {
      spec.putArray("tolerations").addObject().put("key", "other").put("operator", "Exists");
    }
    return pod;
  }
}
