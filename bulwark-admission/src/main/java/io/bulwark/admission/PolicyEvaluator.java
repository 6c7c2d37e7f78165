package io.bulwark.admission;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Evaluates the policies of one request off the request's thread, and waits for them until the
 * request's deadline: a slow policy costs only its own answer, a policy that throws only its own.
 *
 * <p>One runner thread takes the request's policies one after the other, so a request costs one
 * hand-off between threads, not one per policy. While the policies are still coming in, nothing
 * more happens; when no policy has finished for {@link #HELP_AFTER} and some are not yet taken (a
 * slow policy is holding its runner), another runner starts and takes the next ones, so the
 * others still answer in time. Policies run on platform threads, not virtual ones, because a
 * runaway evaluation (a pathological regular expression, say) never yields, and would otherwise
 * pin one of the few carrier threads every request shares. An evaluation still running at the
 * deadline is abandoned: it finishes in the background and its answer is dropped; a policy not
 * yet started by then is not started at all.
 *
 * <p>The runners come from a fixed pool with a queue: when every thread is busy, a request waits
 * for one (until its deadline) instead of being turned away.
 */
public final class PolicyEvaluator implements AutoCloseable {

  /** How long the policies of a request may make no progress before another runner helps them. */
  static final Duration HELP_AFTER = Duration.ofMillis(5);

  /** The engine call: one policy against one request, with the request's shared context. */
  @FunctionalInterface
  public interface PolicyRunner {
    PolicyResponse validate(KyvernoPolicy policy, ResourceRequest request, JsonContext context);
  }

  /** How one policy's evaluation ended. */
  public sealed interface Outcome {
    KyvernoPolicy policy();

    /** The policy answered (possibly with error rule responses). */
    record Answered(KyvernoPolicy policy, PolicyResponse response, long nanos) implements Outcome {}

    /** The evaluation threw: a bug, or input the engine did not expect. */
    record Crashed(KyvernoPolicy policy, RuntimeException error, long nanos) implements Outcome {}

    /** No answer by the deadline (or the evaluator was closed). */
    record TimedOut(KyvernoPolicy policy) implements Outcome {}
  }

  private final PolicyRunner runner;
  private final long helpAfterNanos;
  private final ThreadPoolExecutor threads;

  public PolicyEvaluator(PolicyRunner runner) {
    this(runner, HELP_AFTER);
  }

  PolicyEvaluator(PolicyRunner runner, Duration helpAfter) {
    this.runner = runner;
    this.helpAfterNanos = helpAfter.toNanos();
    var counter = new AtomicInteger();
    int size = Math.max(32, Runtime.getRuntime().availableProcessors() * 16);
    this.threads = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
      Thread thread = new Thread(task, "bulwark-policy-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    threads.allowCoreThreadTimeOut(true);
  }

  /**
   * The outcome of each policy, in the order given.
   *
   * @param deadlineNanos a {@link System#nanoTime()} value after which no more waiting is done
   */
  public List<Outcome> evaluate(List<KyvernoPolicy> policies, ResourceRequest request, JsonContext context,
      long deadlineNanos) {
    if (policies.isEmpty()) {
      return List.of();
    }
    var batch = new Batch(policies, request, context, deadlineNanos);
    try {
      if (batch.start()) {
        long finished = 0;
        while (!batch.done.await(Math.min(helpAfterNanos, Math.max(0, deadlineNanos - System.nanoTime())),
            TimeUnit.NANOSECONDS)) {
          if (deadlineNanos - System.nanoTime() <= 0) {
            break;
          }
          long nowFinished = policies.size() - batch.done.getCount();
          if (nowFinished == finished && batch.hasUntaken() && !batch.start()) {
            break;
          }
          finished = nowFinished;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    var outcomes = new ArrayList<Outcome>(policies.size());
    for (int i = 0; i < policies.size(); i++) {
      Outcome outcome = batch.outcomes.get(i);
      outcomes.add(outcome != null ? outcome : new Outcome.TimedOut(policies.get(i)));
    }
    return outcomes;
  }

  /** The policies of one request, taken one at a time by however many runners are working on it. */
  private final class Batch implements Runnable {
    final List<KyvernoPolicy> policies;
    final ResourceRequest request;
    final JsonContext context;
    final long deadlineNanos;
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger runners = new AtomicInteger();
    final AtomicReferenceArray<Outcome> outcomes;
    final CountDownLatch done;

    Batch(List<KyvernoPolicy> policies, ResourceRequest request, JsonContext context, long deadlineNanos) {
      this.policies = policies;
      this.request = request;
      this.context = context;
      this.deadlineNanos = deadlineNanos;
      this.outcomes = new AtomicReferenceArray<>(policies.size());
      this.done = new CountDownLatch(policies.size());
    }

    /** Starts one more runner (at most one per policy); false when the evaluator is closed. */
    boolean start() {
      if (runners.incrementAndGet() > policies.size()) {
        return true;
      }
      try {
        threads.execute(this);
        return true;
      } catch (RejectedExecutionException closed) {
        return false;
      }
    }

    boolean hasUntaken() {
      return next.get() < policies.size();
    }

    @Override
    public void run() {
      for (int i = next.getAndIncrement(); i < policies.size(); i = next.getAndIncrement()) {
        if (deadlineNanos - System.nanoTime() <= 0) {
          return; // Nobody waits for it any more; what is left times out.
        }
        outcomes.set(i, evaluateOne(policies.get(i), request, context));
        done.countDown();
      }
    }
  }

  private Outcome evaluateOne(KyvernoPolicy policy, ResourceRequest request, JsonContext context) {
    long start = System.nanoTime();
    try {
      return new Outcome.Answered(policy, runner.validate(policy, request, context), System.nanoTime() - start);
    } catch (RuntimeException error) {
      return new Outcome.Crashed(policy, error, System.nanoTime() - start);
    } catch (StackOverflowError error) {
      // Deeply nested input can exhaust the stack of this thread only; the policy answers with an error.
      return new Outcome.Crashed(policy, new IllegalStateException("stack overflow", error), System.nanoTime() - start);
    }
  }

  /**
   * Runs {@code task} on one of the policy threads, for work that must not hold the request's
   * thread past its deadline (the mutating webhook's chain of policies).
   *
   * @return false when the evaluator is closed and the task will not run
   */
  public boolean execute(Runnable task) {
    try {
      threads.execute(task);
      return true;
    } catch (RejectedExecutionException closed) {
      return false;
    }
  }

  /** The engine call this evaluator makes, for callers that need no deadline. */
  public PolicyRunner runner() {
    return runner;
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
