package io.bulwark.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * One AdmissionReview through the 17 Pod Security Standards ClusterPolicies, everything the
 * webhook does per review except HTTP and TLS (see {@link ReviewRunner}). One thread, so the
 * throughput figures are per core. {@code pod}: a ~6 KB Pod that every policy passes; {@code
 * deployment}: a Deployment (autogen rules) that passes the baseline policies and fails several
 * restricted ones. Run with {@code bench/engine.sh}.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

  private ReviewRunner runner;
  private byte[] pod;
  private byte[] deployment;

  @Setup(Level.Trial)
  public void setUp() {
    runner = new ReviewRunner(PodSecurityPolicies.load());
    pod = review("pod.json");
    deployment = review("deployment.json");
  }

  /** A bundled review as the API server sends it: compact JSON bytes. */
  static byte[] review(String name) {
    JsonMapper json = JsonMapper.builder().build();
    return json.writeValueAsBytes(json.readTree(PodSecurityPolicies.bytes("benchmarks/reviews/" + name)));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ReviewRunner.Verdict podThroughput() {
    return runner.review(pod);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ReviewRunner.Verdict deploymentThroughput() {
    return runner.review(deployment);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ReviewRunner.Verdict podAverageTime() {
    return runner.review(pod);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ReviewRunner.Verdict deploymentAverageTime() {
    return runner.review(deployment);
  }
}
