package io.bulwark.admission;

import static io.bulwark.admission.TestPolicies.UNLABELLED_POD;
import static io.bulwark.admission.TestPolicies.requireTeam;
import static io.bulwark.admission.TestPolicies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.admission.PolicyEvaluator.Outcome;
import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

  private static final ResourceRequest REQUEST = ResourceRequest.create(resource(UNLABELLED_POD));

  private static final List<KyvernoPolicy> POLICIES =
      IntStream.range(0, 17).mapToObj(i -> requireTeam("p" + i, "validationFailureAction: Enforce")).toList();

  private static PolicyResponse answer(KyvernoPolicy policy, ResourceRequest request) {
    return new PolicyResponse(policy, request.subject(), List.of());
  }

  private static long inSeconds(int seconds) {
    return System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
  }

  @Test
  void manyRequestsAtOnceAreAllAnsweredNoneTurnedAway() throws Exception {
    // Under load the former pool (a hand-off queue, 64 threads at most) refused policies whenever
    // no thread happened to be idle at that instant, and a refused policy was decided by its
    // failurePolicy: a compliant Pod could be denied.
    try (var evaluator = new PolicyEvaluator((policy, request, context) -> {
          try {
            Thread.sleep(1); // more policies in progress at once than the former pool had threads
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return answer(policy, request);
        });
        var clients = Executors.newVirtualThreadPerTaskExecutor()) {
      var results = new ArrayList<Future<List<Outcome>>>();
      for (int i = 0; i < 300; i++) {
        results.add(clients.submit(() -> evaluator.evaluate(POLICIES, REQUEST, JsonContext.empty(), inSeconds(20))));
      }
      for (Future<List<Outcome>> result : results) {
        assertThat(result.get()).hasSize(17).allMatch(outcome -> outcome instanceof Outcome.Answered);
      }
    }
  }

  @Test
  void aRequestsPoliciesShareOneThreadWhenTheyAreFast() {
    Set<Thread> used = ConcurrentHashMap.newKeySet();
    // A long wait before helping, so a busy test machine cannot make it look slow.
    try (var evaluator = new PolicyEvaluator((policy, request, context) -> {
      used.add(Thread.currentThread());
      return answer(policy, request);
    }, Duration.ofSeconds(5))) {
      List<Outcome> outcomes = evaluator.evaluate(POLICIES, REQUEST, JsonContext.empty(), inSeconds(20));
      assertThat(outcomes).allMatch(outcome -> outcome instanceof Outcome.Answered);
      assertThat(outcomes).extracting(Outcome::policy).containsExactlyElementsOf(POLICIES);
    }
    assertThat(used).hasSize(1).allMatch(thread -> !thread.isVirtual());
  }

  @Test
  void aStuckPolicyHoldsUpNeitherTheOthersNorTheAnswer() {
    try (var evaluator = new PolicyEvaluator((policy, request, context) -> {
      if (policy.name().equals("p0") || policy.name().equals("p5")) {
        try {
          Thread.sleep(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return answer(policy, request);
    })) {
      long start = System.nanoTime();
      List<Outcome> outcomes = evaluator.evaluate(POLICIES, REQUEST, JsonContext.empty(),
          System.nanoTime() + Duration.ofMillis(500).toNanos());
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      for (Outcome outcome : outcomes) {
        String name = outcome.policy().name();
        assertThat(outcome).as(name)
            .isInstanceOf(name.equals("p0") || name.equals("p5") ? Outcome.TimedOut.class : Outcome.Answered.class);
      }
    }
  }

  @Test
  void aPolicyThatThrowsAnswersAloneWithItsError() {
    try (var evaluator = new PolicyEvaluator((policy, request, context) -> {
      if (policy.name().equals("p3")) {
        throw new IllegalStateException("boom");
      }
      return answer(policy, request);
    })) {
      List<Outcome> outcomes = evaluator.evaluate(POLICIES, REQUEST, JsonContext.empty(), inSeconds(20));
      assertThat(outcomes.get(3)).isInstanceOf(Outcome.Crashed.class);
      assertThat(outcomes).filteredOn(outcome -> outcome instanceof Outcome.Answered).hasSize(16);
    }
  }

  @Test
  void aClosedEvaluatorAnswersWithTimeOuts() {
    var evaluator = new PolicyEvaluator((policy, request, context) -> answer(policy, request));
    evaluator.close();
    assertThat(evaluator.evaluate(POLICIES, REQUEST, JsonContext.empty(), inSeconds(20)))
        .allMatch(outcome -> outcome instanceof Outcome.TimedOut);
  }
}
