package io.bulwark.benchmarks;

import io.bulwark.engine.context.JsonContext;
import io.bulwark.engine.context.RequestContext;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the time of one Pod review goes, stage by stage (each includes the ones before): Jackson
 * reading the bytes into a tree, turning it into the engine's request, building the JSON context
 * once. {@link EngineBenchmark#podAverageTime} minus {@code context} is what the 17 policies cost.
 * Run with {@code bench/engine.sh ReviewStagesBenchmark}.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReviewStagesBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private byte[] pod;

  @Setup(Level.Trial)
  public void setUp() {
    pod = EngineBenchmark.review("pod.json");
  }

  @Benchmark
  public JsonNode parse() {
    return JSON.readTree(pod);
  }

  @Benchmark
  public AdmissionReviews.Decoded decode() {
    return AdmissionReviews.decode(pod);
  }

  @Benchmark
  public JsonContext context() {
    return JsonContext.of(RequestContext.build(AdmissionReviews.decode(pod).request()));
  }
}
