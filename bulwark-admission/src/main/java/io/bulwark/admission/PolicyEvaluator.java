package io.bulwark.admission;

import io.bulwark.api.policy.KyvernoPolicy;
import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.request.ResourceRequest;
import io.bulwark.engine.result.PolicyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates the policies of one request side by side, each on its own thread, and waits for them
 * until the request's deadline: a slow policy costs only its own answer, a policy that throws
 * only its own. Policies run on platform threads, not virtual ones, because a runaway evaluation
 * (a pathological regular expression, say) never yields, and would otherwise pin one of the few
 * carrier threads every request shares. An evaluation still running at the deadline is abandoned:
 * it finishes in the background and its answer is dropped.
 */
public final class PolicyEvaluator implements AutoCloseable {

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

    /** No answer by the deadline (or no thread was free to start it). */
    record TimedOut(KyvernoPolicy policy) implements Outcome {}
  }

  private final PolicyRunner runner;
  private final ExecutorService threads;

  public PolicyEvaluator(PolicyRunner runner) {
    this.runner = runner;
    var counter = new AtomicInteger();
    int cores = Runtime.getRuntime().availableProcessors();
    this.threads = new ThreadPoolExecutor(cores, Math.max(64, cores * 16), 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "bulwark-policy-" + counter.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * The outcome of each policy, in the order given.
   *
   * @param deadlineNanos a {@link System#nanoTime()} value after which no more waiting is done
   */
  public List<Outcome> evaluate(List<KyvernoPolicy> policies, ResourceRequest request, JsonContext context,
      long deadlineNanos) {
    var futures = new ArrayList<CompletableFuture<Outcome>>(policies.size());
    for (KyvernoPolicy policy : policies) {
      CompletableFuture<Outcome> future;
      try {
        future = CompletableFuture.supplyAsync(() -> run(policy, request, context), threads);
      } catch (RejectedExecutionException overloaded) {
        future = CompletableFuture.completedFuture(new Outcome.TimedOut(policy));
      }
      futures.add(future);
    }
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
          .get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // Collect what finished; the rest time out below.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // run() never throws; a failure here would be a bug in this class, answered below as time-outs.
    }
    var outcomes = new ArrayList<Outcome>(policies.size());
    for (int i = 0; i < policies.size(); i++) {
      CompletableFuture<Outcome> future = futures.get(i);
      Outcome outcome = future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
      if (outcome == null) {
        future.cancel(true);
        outcome = new Outcome.TimedOut(policies.get(i));
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  private Outcome run(KyvernoPolicy policy, ResourceRequest request, JsonContext context) {
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

  /** The engine call this evaluator makes, for callers that need no deadline. */
  public PolicyRunner runner() {
    return runner;
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
