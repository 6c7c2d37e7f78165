package io.bulwark.admission;

import static io.bulwark.admission.TestPolicies.UNLABELLED_POD;
import static io.bulwark.admission.TestPolicies.policy;
import static io.bulwark.admission.TestPolicies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.admission.metrics.AdmissionMetrics;
import io.bulwark.admission.metrics.MetricsRegistry;
import io.bulwark.admission.policy.PolicySet;
import io.bulwark.api.policy.FailurePolicy;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.api.policy.Mutation;
import io.bulwark.api.policy.Rule;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.mutate.MutationOutcome;
import io.bulwark.engine.mutate.patch.JsonPatch;
import io.bulwark.engine.mutate.patch.PatchException;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import io.bulwark.engine.result.RuleResponse;
import io.bulwark.engine.result.RuleStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mutating webhook against a stand-in engine that applies each rule's {@code patchesJson6902}
 * as it is (no match, no variables): a patch that does not apply is that rule's error, and named
 * policies can be made slow or throw.
 */
class MutatingHandlerTest {

  private final MetricsRegistry registry = new MetricsRegistry();
  private final AdmissionMetrics metrics = new AdmissionMetrics(registry);
  private final PolicyEvaluator evaluator = new PolicyEvaluator((policy, request, context) -> {
    throw new AssertionError("the mutating webhook does not validate");
  });
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private Set<String> slow = Set.of();
  private Set<String> crash = Set.of();

  @AfterEach
  void close() {
    evaluator.close();
  }

  @Test
  void noMutatePolicyMeansNoPatch() {
    AdmissionDecision decision = handle(List.of(), Optional.empty());

    assertThat(decision).isEqualTo(AdmissionDecision.allow());
  }

  @Test
  void aPolicyAddingALabelAnswersWithTheJsonPatchOfTheChange() {
    KyvernoPolicy addTeam = mutate("ClusterPolicy", "add-team", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/team\", \"value\": \"core\"}]");

    AdmissionDecision decision = handle(List.of(addTeam), Optional.empty());

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.patch()).hasValue(JsonPatch.parse(
        "[{\"op\": \"add\", \"path\": \"/metadata/labels\", \"value\": {\"team\": \"core\"}}]"));
    assertThat(decision.warnings()).isEmpty();
    assertThat(JsonPatch.apply(pod(), (ArrayNode) decision.patch().orElseThrow()))
        .isEqualTo(JsonPatch.apply(pod(), JsonPatch.parse(
            "[{\"op\": \"add\", \"path\": \"/metadata/labels/team\", \"value\": \"core\"}]")));
  }

  @Test
  void eachPolicyMutatesTheObjectTheOnesBeforeItProduced() {
    KyvernoPolicy first = mutate("ClusterPolicy", "first", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/a\", \"value\": \"1\"}]");
    KyvernoPolicy second = mutate("ClusterPolicy", "second", "Fail",
        "[{\"op\": \"copy\", \"from\": \"/metadata/labels/a\", \"path\": \"/metadata/labels/b\"}]");

    AdmissionDecision decision = handle(List.of(first, second), Optional.empty());

    assertThat(patched(decision).path("metadata").path("labels")).isEqualTo(resource("{a: '1', b: '1'}"));
    assertThat(seen).containsExactly("first", "second");
  }

  @Test
  void clusterPoliciesComeBeforeNamespacedOnes() {
    KyvernoPolicy namespaced = mutate("Policy", "local", "Fail",
        "[{\"op\": \"replace\", \"path\": \"/metadata/labels/a\", \"value\": \"local\"}]");
    KyvernoPolicy cluster = mutate("ClusterPolicy", "cluster", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/a\", \"value\": \"cluster\"}]");

    AdmissionDecision decision = handle(List.of(namespaced, cluster), Optional.empty());

    assertThat(seen).containsExactly("cluster", "local");
    assertThat(patched(decision).path("metadata").path("labels").path("a").asString()).isEqualTo("local");
  }

  @Test
  void anErrorUnderFailurePolicyFailDeniesWithKyvernosMessage() {
    KyvernoPolicy first = mutate("ClusterPolicy", "first", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/a\", \"value\": \"1\"}]");
    KyvernoPolicy broken = mutate("ClusterPolicy", "broken", "Fail",
        "[{\"op\": \"replace\", \"path\": \"/spec/x\", \"value\": 1}]");
    KyvernoPolicy never = mutate("ClusterPolicy", "never", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/c\", \"value\": \"3\"}]");

    AdmissionDecision decision = handle(List.of(first, broken, never), Optional.empty());

    assertThat(decision).isEqualTo(AdmissionDecision.deny("mutation policy broken error: failed to apply policy broken"
        + " rules [rule-0: patchesJson6902[0]: replace /spec/x: path not found]"));
    assertThat(seen).as("the chain stops at the blocking policy").containsExactly("first", "broken");
  }

  @Test
  void anErrorUnderFailurePolicyIgnoreDropsThatPolicysPatchAndWarns() {
    KyvernoPolicy first = mutate("ClusterPolicy", "first", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/a\", \"value\": \"1\"}]");
    KyvernoPolicy partly = mutate("ClusterPolicy", "partly", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/b\", \"value\": \"2\"}]",
        "[{\"op\": \"test\", \"path\": \"/metadata/labels/a\", \"value\": \"2\"}]");
    KyvernoPolicy last = mutate("ClusterPolicy", "last", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/c\", \"value\": \"3\"}]");

    AdmissionDecision decision = handle(List.of(first, partly, last), Optional.empty());

    assertThat(decision.allowed()).isTrue();
    assertThat(patched(decision).path("metadata").path("labels")).isEqualTo(resource("{a: '1', c: '3'}"));
    assertThat(decision.warnings()).containsExactly("policy partly.rule-1: patchesJson6902[0]: test /metadata/labels/a:"
        + " test failed: the value is \"1\", not \"2\"");
  }

  @Test
  void theFailAndIgnorePathsServeOnlyTheirPolicies() {
    KyvernoPolicy closed = mutate("ClusterPolicy", "closed", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/a\", \"value\": \"1\"}]");
    KyvernoPolicy open = mutate("ClusterPolicy", "open", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/b\", \"value\": \"2\"}]");

    handle(List.of(closed, open), Optional.of(FailurePolicy.FAIL));
    handle(List.of(closed, open), Optional.of(FailurePolicy.IGNORE));

    assertThat(seen).containsExactly("closed", "open");
  }

  @Test
  void aPolicyThatThrowsIsAnErrorOfEachOfItsMutateRules() {
    crash = Set.of("boom");
    KyvernoPolicy boom = mutate("ClusterPolicy", "boom", "Fail", "[]");

    AdmissionDecision decision = handle(List.of(boom), Optional.empty());

    assertThat(decision.message()).isEqualTo("mutation policy boom error: failed to apply policy boom rules"
        + " [rule-0: policy evaluation failed: IllegalStateException: boom]");
  }

  @Test
  void aSlowIgnorePolicyIsDroppedAtTheDeadlineAndTheEarlierPatchesStay() {
    slow = Set.of("slow");
    KyvernoPolicy first = mutate("ClusterPolicy", "first", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/a\", \"value\": \"1\"}]");
    KyvernoPolicy late = mutate("ClusterPolicy", "slow", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/b\", \"value\": \"2\"}]");
    KyvernoPolicy after = mutate("ClusterPolicy", "after", "Ignore",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/c\", \"value\": \"3\"}]");

    long start = System.nanoTime();
    AdmissionDecision decision = handle(List.of(first, late, after), Optional.empty(), Duration.ofMillis(300));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(patched(decision).path("metadata").path("labels")).isEqualTo(resource("{a: '1'}"));
    assertThat(decision.warnings()).containsExactly(
        "policy slow was not evaluated within 300ms; allowed by failurePolicy Ignore",
        "policy after was not evaluated within 300ms; allowed by failurePolicy Ignore");
  }

  @Test
  void aSlowFailPolicyDeniesAtTheDeadline() {
    slow = Set.of("slow");
    KyvernoPolicy late = mutate("ClusterPolicy", "slow", "Fail", "[]");

    AdmissionDecision decision = handle(List.of(late), Optional.empty(), Duration.ofMillis(200));

    assertThat(decision).isEqualTo(
        AdmissionDecision.deny("policy evaluation did not finish within 200ms for slow (failurePolicy Fail)"));
  }

  @Test
  void nothingChangedMeansNoPatch() {
    KyvernoPolicy same = mutate("ClusterPolicy", "same", "Fail",
        "[{\"op\": \"replace\", \"path\": \"/metadata/name\", \"value\": \"p\"}]");

    AdmissionDecision decision = handle(List.of(same), Optional.empty());

    assertThat(decision).isEqualTo(AdmissionDecision.allow());
  }

  @Test
  void computedWholeNumbersAreWrittenAsIntegersAsGoWritesThem() {
    KyvernoPolicy priority = mutate("ClusterPolicy", "priority", "Fail",
        "[{\"op\": \"add\", \"path\": \"/spec/priority\", \"value\": 2.0},"
            + " {\"op\": \"add\", \"path\": \"/spec/weight\", \"value\": 2.5}]");

    AdmissionDecision decision = handle(List.of(priority), Optional.empty());

    assertThat(AdmissionReviewCodec.write(decision.patch().orElseThrow())).asString(StandardCharsets.UTF_8)
        .isEqualTo("[{\"op\":\"add\",\"path\":\"/spec/priority\",\"value\":2},"
            + "{\"op\":\"add\",\"path\":\"/spec/weight\",\"value\":2.5}]");
  }

  @Test
  void aDeleteIsNotMutated() {
    KyvernoPolicy addTeam = mutate("ClusterPolicy", "add-team", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/team\", \"value\": \"core\"}]");
    ObjectNode review = SampleReviews.create(pod(), "alice");
    ObjectNode request = (ObjectNode) review.get("request");
    request.put("operation", "DELETE");
    request.set("oldObject", request.get("object"));
    request.putNull("object");

    AdmissionDecision decision = handler(List.of(addTeam), Optional.empty(), Duration.ofSeconds(5))
        .handle(AdmissionReviewCodec.decode(review));

    assertThat(decision).isEqualTo(AdmissionDecision.allow());
    assertThat(seen).isEmpty();
  }

  @Test
  void everyAnsweredPolicyIsCountedAsMutateRuleResults() {
    KyvernoPolicy addTeam = mutate("ClusterPolicy", "add-team", "Fail",
        "[{\"op\": \"add\", \"path\": \"/metadata/labels/team\", \"value\": \"core\"}]");

    handle(List.of(addTeam), Optional.empty());

    assertThat(registry.scrape()).contains("kyverno_policy_results_total{policy_validation_mode=\"audit\","
        + "policy_type=\"cluster\",policy_background_mode=\"true\",policy_namespace=\"-\",policy_name=\"add-team\","
        + "resource_kind=\"Pod\",resource_namespace=\"ns\",resource_request_operation=\"create\",rule_name=\"rule-0\","
        + "rule_result=\"pass\",rule_type=\"mutate\",rule_execution_cause=\"admission_request\",dry_run=\"false\"} 1");
  }

  private AdmissionDecision handle(List<KyvernoPolicy> policies, Optional<FailurePolicy> only) {
    return handle(policies, only, Duration.ofSeconds(5));
  }

  private AdmissionDecision handle(List<KyvernoPolicy> policies, Optional<FailurePolicy> only, Duration deadline) {
    AdmissionRequest request = AdmissionReviewCodec.decode(SampleReviews.create(pod(), "alice"));
    return handler(policies, only, deadline).handle(request);
  }

  private MutatingHandler handler(List<KyvernoPolicy> policies, Optional<FailurePolicy> only, Duration deadline) {
    PolicySet set = PolicySet.of(policies);
    return new MutatingHandler(() -> set, only, evaluator, this::applyPatches, deadline, metrics);
  }

  /** The stand-in engine: each mutate rule's patchesJson6902, in order, on the object so far. */
  private MutationOutcome applyPatches(KyvernoPolicy policy, ResourceRequest request, JsonContext context) {
    assertThat(context.data().path("request").path("object")).as("request.object is the object so far")
        .isEqualTo(request.resource());
    seen.add(policy.name());
    if (slow.contains(policy.name())) {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (crash.contains(policy.name())) {
      throw new IllegalStateException("boom");
    }
    JsonNode object = request.resource();
    var responses = new ArrayList<RuleResponse>();
    for (Rule rule : policy.spec().rules()) {
      Mutation mutation = (Mutation) rule.action();
      try {
        object = JsonPatch.apply(object, JsonPatch.parse(mutation.spec().path("patchesJson6902").asString()));
        responses.add(RuleResponse.of(rule.name(), "Mutation", RuleStatus.PASS, "mutated"));
      } catch (PatchException e) {
        responses.add(RuleResponse.of(rule.name(), "Mutation", RuleStatus.ERROR, e.getMessage()));
      }
    }
    return new MutationOutcome(new PolicyResponse(policy, request.subject(), responses), object);
  }

  private static JsonNode patched(AdmissionDecision decision) {
    assertThat(decision.allowed()).isTrue();
    return JsonPatch.apply(pod(), (ArrayNode) decision.patch().orElseThrow());
  }

  private static JsonNode pod() {
    return resource(UNLABELLED_POD);
  }

  /** A policy with one mutate rule per patch, named rule-0, rule-1, ... */
  private static KyvernoPolicy mutate(String kind, String name, String failurePolicy, String... patches) {
    var rules = new StringBuilder();
    for (int i = 0; i < patches.length; i++) {
      rules.append("""
            - name: rule-%d
              match:
                any:
                  - resources:
                      kinds: [Pod]
              mutate:
                patchesJson6902: '%s'
          """.formatted(i, patches[i]));
    }
    String namespace = kind.equals("Policy") ? "\n  namespace: ns" : "";
    return policy("""
        apiVersion: kyverno.io/v1
        kind: %s
        metadata:
          name: %s%s
        spec:
          failurePolicy: %s
          rules:
        %s""".formatted(kind, name, namespace, failurePolicy, rules));
  }
}
